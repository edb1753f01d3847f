<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>par défaut de libpq (prefer)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full : chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca : chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>require: encrypted, the certificate not checked</source>
        <translation>require : chiffré, certificat non vérifié</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable : non chiffré</translation>
    </message>
    <message>
        <source>given on the command line (--db)</source>
        <translation>indiqué sur la ligne de commande (--db)</translation>
    </message>
    <message>
        <source>named by SORTAPP_DB</source>
        <translation>désigné par SORTAPP_DB</translation>
    </message>
    <message>
        <source>named by the machine configuration file {config}</source>
        <translation>désigné par le fichier de configuration de la machine {config}</translation>
    </message>
    <message>
        <source>the default: no server is configured</source>
        <translation>par défaut : aucun serveur n&apos;est configuré</translation>
    </message>
    <message>
        <source>This workstation uses the facility server {where} ({named}).</source>
        <translation>Ce poste de travail utilise le serveur de l&apos;établissement {where} ({named}).</translation>
    </message>
    <message>
        <source>This workstation uses the database file {where} ({named}).</source>
        <translation>Ce poste de travail utilise le fichier de base de données {where} ({named}).</translation>
    </message>
    <message>
        <source>Connect this workstation to the facility server</source>
        <translation>Connecter ce poste au serveur de l&apos;établissement</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Your sortapp user</source>
        <translation>Votre utilisateur sortapp</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>You sign in to the server as your own sortapp user, who must be an admin there; no password is saved. Saving writes the machine configuration file {config}: sortapp opens the server at its next start, for everyone at this workstation.</source>
        <translation>Vous vous connectez au serveur avec votre propre utilisateur sortapp, qui doit y être administrateur ; aucun mot de passe n&apos;est enregistré. L&apos;enregistrement écrit le fichier de configuration de la machine {config} : sortapp ouvre le serveur à son prochain démarrage, pour tous les utilisateurs de ce poste.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save for the next start</source>
        <translation>Enregistrer pour le prochain démarrage</translation>
    </message>
    <message>
        <source>Testing {where}...</source>
        <translation>Test de {where}...</translation>
    </message>
    <message>
        <source>Connected to {where}: signed in as {user} ({role}). Save it for this workstation&apos;s next start.</source>
        <translation>Connecté à {where} : connecté en tant que {user} ({role}). Enregistrez-le pour le prochain démarrage de ce poste.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens {where} at its next start on this workstation.</source>
        <translation>Enregistré dans {path} : sortapp ouvrira {where} à son prochain démarrage sur ce poste.</translation>
    </message>
    <message>
        <source>Testing {where} and saving...</source>
        <translation>Test de {where} et enregistrement...</translation>
    </message>
    <message>
        <source>This workstation cannot write {path}; nothing was changed. Ask IT to deploy that file with this content:

{content}</source>
        <translation>Ce poste ne peut pas écrire {path} ; rien n&apos;a été modifié. Demandez à l&apos;informatique de déployer ce fichier avec ce contenu :

{content}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>the workstation is locked: sign in first</source>
        <translation>le poste est verrouillé : connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>The facility server cannot be reached; nothing was written</source>
        <translation>Le serveur de l&apos;établissement est injoignable ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The facility server could not be reached as your action was being recorded; whether it was is said when the server is back</source>
        <translation>Le serveur de l&apos;établissement est devenu injoignable pendant l&apos;enregistrement de votre action ; vous saurez si elle a été enregistrée quand il sera de retour</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of this damaged database: what is in it is not shown. An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>SQLite ne peut pas lire une partie de cette base endommagée : ce qu&apos;elle contient n&apos;est pas affiché. Un administrateur restaure la dernière bonne sauvegarde à sa place : Fichier, Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Une sauvegarde est en cours de restauration ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be written to it</source>
        <translation>La base de données est ouverte en lecture seule : rien ne peut y être écrit</translation>
    </message>
    <message>
        <source>The facility server {where} is back; you can work again.</source>
        <translation>Le serveur de l&apos;établissement {where} est de retour ; vous pouvez reprendre le travail.</translation>
    </message>
    <message>
        <source>your last action</source>
        <translation>votre dernière action</translation>
    </message>
    <message>
        <source>The facility server is back. Recorded: {what}.</source>
        <translation>Le serveur de l&apos;établissement est de retour. Enregistré : {what}.</translation>
    </message>
    <message>
        <source>The facility server is back. Not recorded: {what}; do it again.</source>
        <translation>Le serveur de l&apos;établissement est de retour. Non enregistré : {what} ; refaites-le.</translation>
    </message>
    <message>
        <source>{names}: {why}.</source>
        <translation>{names} : {why}.</translation>
    </message>
    <message>
        <source>Facility server: {where}</source>
        <translation>Serveur de l&apos;établissement : {where}</translation>
    </message>
    <message>
        <source>Database file: {where}</source>
        <translation>Fichier de base de données : {where}</translation>
    </message>
    <message>
        <source>Schema version: {schema}</source>
        <translation>Version du schéma : {schema}</translation>
    </message>
    <message>
        <source>Schema version: {schema} (this sortapp: {code_schema})</source>
        <translation>Version du schéma : {schema} (ce sortapp : {code_schema})</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Inventory for rough-diamond sorting facilities.</source>
        <translation>Inventaire pour les établissements de tri de diamants bruts.</translation>
    </message>
    <message>
        <source>Last written by: {writer}</source>
        <translation>Dernière écriture par : {writer}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Why is it disabled</source>
        <translation>Pourquoi est-ce désactivé</translation>
    </message>
    <message>
        <source>About sortapp</source>
        <translation>À propos de sortapp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The selected entry&apos;s details, as recorded.</source>
        <translation>Les détails de l&apos;entrée choisie, tels qu&apos;enregistrés.</translation>
    </message>
    <message>
        <source>{sentence}

As recorded: {uid} {at} {action} {object}
{details}</source>
        <translation>{sentence}

Tel qu&apos;enregistré : {uid} {at} {action} {object}
{details}</translation>
    </message>
    <message>
        <source>Select a parcel to see its history first.</source>
        <translation>Choisissez d&apos;abord un colis pour voir son historique.</translation>
    </message>
    <message>
        <source>Select a lot to see its history first.</source>
        <translation>Choisissez d&apos;abord un lot pour voir son historique.</translation>
    </message>
    <message>
        <source>History of parcel {number}</source>
        <translation>Historique du colis {number}</translation>
    </message>
    <message>
        <source>History of lot {number}</source>
        <translation>Historique du lot {number}</translation>
    </message>
    <message>
        <source>History of this parcel...</source>
        <translation>Historique de ce colis...</translation>
    </message>
    <message>
        <source>History of this lot...</source>
        <translation>Historique de ce lot...</translation>
    </message>
    <message numerus="yes">
        <source>{bad} of %n rows are bad; nothing was imported. Mend the file and import it again.</source>
        <translation>
            <numerusform>Lignes erronées : {bad} sur %n ; rien n&apos;a été importé. Corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>Lignes erronées : {bad} sur %n ; rien n&apos;a été importé. Corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {file}; nothing imported.</source>
        <translation>
            <numerusform>%n ligne erronée dans {file} ; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes erronées dans {file} ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are good. Import them now?</source>
        <translation>
            <numerusform>La ligne (%n) est correcte. L&apos;importer maintenant ?</numerusform>
            <numerusform>Les %n lignes sont correctes. Les importer maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importation de {file}...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from {file}.</source>
        <translation>
            <numerusform>%n ligne importée de {file}.</numerusform>
            <numerusform>%n lignes importées de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}: {warning}.</source>
        <translation>Ligne {line} : {warning}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file warn of what they change (each below).</source>
        <translation>
            <numerusform>%n ligne du fichier avertit de ce qu&apos;elle change (ci-dessous).</numerusform>
            <numerusform>%n lignes du fichier avertissent de ce qu&apos;elles changent (chacune ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Vérification de {file}...</translation>
    </message>
    <message>
        <source>Export transfer file</source>
        <translation>Exporter un fichier de transfert</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer)</source>
        <translation>Fichiers de transfert sortapp (*.sortapp-transfer)</translation>
    </message>
    <message>
        <source>Address the transfer file</source>
        <translation>Destinataire du fichier de transfert</translation>
    </message>
    <message>
        <source>Receiving site code (blank: any site)</source>
        <translation>Code du site destinataire (vide : tout site)</translation>
    </message>
    <message>
        <source>Transfer file written: {path} (fingerprint {digest}).</source>
        <translation>Fichier de transfert écrit : {path} (empreinte {digest}).</translation>
    </message>
    <message>
        <source>Import transfer file</source>
        <translation>Importer un fichier de transfert</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer *.json)</source>
        <translation>Fichiers de transfert sortapp (*.sortapp-transfer *.json)</translation>
    </message>
    <message>
        <source>{why}: {path} was not imported.</source>
        <translation>{why} : {path} n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Accept this one file?</source>
        <translation>Accepter ce seul fichier ?</translation>
    </message>
    <message>
        <source>{problem}.

The file: parcel {parcel} from {sender} ({name}), {ct} ct, fingerprint {fingerprint}.

To accept this file anyway, give the reason (audited)</source>
        <translation>{problem}.

Le fichier : colis {parcel} de {sender} ({name}), {ct} ct, empreinte {fingerprint}.

Pour accepter quand même ce fichier, donnez la raison (enregistrée dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Imported {file} as lot {lot}, awaiting weighing.</source>
        <translation>{file} importé comme lot {lot}, en attente de pesée.</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>Certificat PK entrant</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro de certificat</translation>
    </message>
    <message>
        <source>Parcel {parcel} from {sender} was shipped from {country}, and the file names no KP certificate. Goods from another country are received under theirs: type the number of the certificate that came with them.</source>
        <translation>Le colis {parcel} de {sender} a été expédié de {country}, et le fichier n&apos;indique aucun certificat PK. Une marchandise d&apos;un autre pays est reçue sous le sien : tapez le numéro du certificat arrivé avec elle.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Any user of this site may sign in. When another user signs in, the previous user&apos;s open forms and dialogs are closed.</source>
        <translation>Tout utilisateur de ce site peut se connecter. Quand un autre utilisateur se connecte, les formulaires et dialogues ouverts du précédent sont fermés.</translation>
    </message>
    <message>
        <source>The facility server {where} cannot be reached. Nothing can be changed until it is back; what is on screen can still be read. sortapp reconnects by itself (next try in {seconds} s).</source>
        <translation>Le serveur de l&apos;établissement {where} est injoignable. Rien ne peut être modifié avant son retour ; ce qui est à l&apos;écran reste lisible. sortapp se reconnecte tout seul (prochain essai dans {seconds} s).</translation>
    </message>
    <message>
        <source>The facility server {where} refused {user}&apos;s sign-in: the password was changed, or the user was removed or made inactive. sortapp stopped trying; sign in again to continue.</source>
        <translation>Le serveur de l&apos;établissement {where} a refusé la connexion de {user} : le mot de passe a changé, ou l&apos;utilisateur a été supprimé ou désactivé. sortapp a cessé d&apos;essayer ; reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Supervisors and admins keep the register of importers</source>
        <translation>Les superviseurs et les administrateurs tiennent le registre des importateurs</translation>
    </message>
    <message>
        <source>Importers</source>
        <translation>Importateurs</translation>
    </message>
    <message>
        <source>The register of importers: a parcel whose importer has a registered name gets the party&apos;s full address, country and identifiers on its commercial invoice and KP certificate data sheet.</source>
        <translation>Le registre des importateurs : un colis dont l&apos;importateur porte un nom enregistré reçoit l&apos;adresse complète, le pays et les identifiants de cette partie sur sa facture commerciale et sa fiche de données du certificat PK.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Add an importer to the register</source>
        <translation>Ajouter un importateur au registre</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Change the selected importer&apos;s address or identifiers</source>
        <translation>Modifier l&apos;adresse ou les identifiants de l&apos;importateur choisi</translation>
    </message>
    <message>
        <source>Select an importer to see it in full.</source>
        <translation>Choisissez un importateur pour le voir en entier.</translation>
    </message>
    <message>
        <source>Select an importer first</source>
        <translation>Choisissez d&apos;abord un importateur</translation>
    </message>
    <message>
        <source>Importer {name} changed in the register.</source>
        <translation>Importateur {name} modifié dans le registre.</translation>
    </message>
    <message>
        <source>Importer {name} added to the register.</source>
        <translation>Importateur {name} ajouté au registre.</translation>
    </message>
    <message>
        <source>{name}, {address}, {country}; tax number {tax_number}; licence {licence}; port {port}</source>
        <translation>{name}, {address}, {country} ; numéro fiscal {tax_number} ; licence {licence} ; port {port}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({pages}, COPY {copy}).</source>
        <translation>Enregistré : {path} ({pages}, COPIE {copy}).</translation>
    </message>
    <message>
        <source>Saved {path} ({pages}).</source>
        <translation>Enregistré : {path} ({pages}).</translation>
    </message>
    <message>
        <source>Printed {title} {number}.</source>
        <translation>Imprimé : {title} {number}.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message numerus="yes">
        <source>{goods}, %n stones</source>
        <translation>
            <numerusform>{goods}, %n pierre</numerusform>
            <numerusform>{goods}, %n pierres</numerusform>
        </translation>
    </message>
    <message>
        <source>{ct} ct, {stones}</source>
        <translation>{ct} ct, {stones}</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} into {category} (lot {lot}).</source>
        <translation>Entrée {uid} : {goods} dans {category} (lot {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} lost to {kind} (lot {lot}).</source>
        <translation>Entrée {uid} : {goods} perdus en {kind} (lot {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid} reversed: {goods} of {what} taken out by entry {by}.</source>
        <translation>Entrée {uid} contrepassée : {goods} de {what} retirés par l&apos;entrée {by}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>lot, parcel, certificate or label number (Ctrl+F), Enter</source>
        <translation>numéro de lot, colis, certificat ou étiquette (Ctrl+F), Entrée</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Autorité PK</translation>
    </message>
    <message>
        <source>KP authority&apos;s address</source>
        <translation>Adresse de l&apos;autorité PK</translation>
    </message>
    <message>
        <source>Printed on the import-confirmation slip the importing authority sends back.</source>
        <translation>Imprimée sur le bordereau de confirmation d&apos;importation que l&apos;autorité d&apos;importation renvoie.</translation>
    </message>
    <message>
        <source>Exporter on certificates</source>
        <translation>Exportateur sur les certificats</translation>
    </message>
    <message>
        <source>Sorting tolerance (ct)</source>
        <translation>Tolérance de tri (ct)</translation>
    </message>
    <message>
        <source>A sorted lot may differ from its received weight by the larger of these two.</source>
        <translation>Un lot trié peut s&apos;écarter de son poids reçu de la plus grande de ces deux valeurs.</translation>
    </message>
    <message>
        <source>Sorting tolerance (% of the lot)</source>
        <translation>Tolérance de tri (% du lot)</translation>
    </message>
    <message>
        <source>Weighing tolerance (ct)</source>
        <translation>Tolérance de pesée (ct)</translation>
    </message>
    <message>
        <source>A lot weighed on arrival may differ from its declared weight by the larger of these two.</source>
        <translation>Un lot pesé à l&apos;arrivée peut s&apos;écarter de son poids déclaré de la plus grande de ces deux valeurs.</translation>
    </message>
    <message>
        <source>Weighing tolerance (% of declared)</source>
        <translation>Tolérance de pesée (% du déclaré)</translation>
    </message>
    <message>
        <source>KP certificates valid for (days)</source>
        <translation>Validité des certificats PK (jours)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Value on the KP certificate</source>
        <translation>Valeur sur le certificat PK</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Times are shown in this zone; type to search.</source>
        <translation>Les heures sont affichées dans ce fuseau ; tapez pour chercher.</translation>
    </message>
    <message>
        <source>WDC warranty statement on invoices</source>
        <translation>Déclaration de garantie WDC sur les factures</translation>
    </message>
    <message>
        <source>Paper for printed documents</source>
        <translation>Papier des documents imprimés</translation>
    </message>
    <message>
        <source>Documents are laid out on this sheet (Letter: North American sites).</source>
        <translation>Les documents sont mis en page sur cette feuille (Letter : sites nord-américains).</translation>
    </message>
    <message>
        <source>Site language (printed documents)</source>
        <translation>Langue du site (documents imprimés)</translation>
    </message>
    <message>
        <source>Receipts, reconciliation reports and labels are printed in it; the KP data sheet, invoice, manifest and valuation sheet stay in English.</source>
        <translation>Les bons de réception, rapports de rapprochement et étiquettes sont imprimés dans cette langue ; la fiche de données du certificat PK, la facture, le manifeste et la fiche d&apos;évaluation restent en anglais.</translation>
    </message>
    <message>
        <source>Site language beside English headings</source>
        <translation>Langue du site à côté des titres anglais</translation>
    </message>
    <message>
        <source>On: the KP data sheet, invoice, manifest and valuation sheet print the site&apos;s language beside their English headings.</source>
        <translation>Activé : la fiche de données du certificat PK, la facture, le manifeste et la fiche d&apos;évaluation impriment la langue du site à côté de leurs titres anglais.</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence number (invoice)</source>
        <translation>Numéro de licence de l&apos;exportateur (facture)</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number (invoice)</source>
        <translation>Numéro fiscal de l&apos;exportateur (facture)</translation>
    </message>
    <message>
        <source>Incoterms (invoice)</source>
        <translation>Incoterms (facture)</translation>
    </message>
    <message>
        <source>e.g. FCA Gaborone (Incoterms 2020)</source>
        <translation>p. ex. FCA Gaborone (Incoterms 2020)</translation>
    </message>
    <message>
        <source>Payment terms (invoice)</source>
        <translation>Conditions de paiement (facture)</translation>
    </message>
    <message>
        <source>Port of export (invoice)</source>
        <translation>Port d&apos;exportation (facture)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Empty: backups/ beside the database.</source>
        <translation>Vide : backups/ à côté de la base de données.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes gardées</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Sauvegardes hebdomadaires gardées</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Sauvegardes mensuelles gardées</translation>
    </message>
    <message>
        <source>Decimal comma in figures</source>
        <translation>Virgule décimale dans les nombres</translation>
    </message>
    <message>
        <source>Carats and money are written 12,450 rather than 12.450.</source>
        <translation>Les carats et les montants s&apos;écrivent 12,450 et non 12.450.</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <source>The app locks after this many minutes without keyboard or mouse input (0: never).</source>
        <translation>L&apos;application se verrouille après ce nombre de minutes sans saisie au clavier ou à la souris (0 : jamais).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Weights may be typed by hand</source>
        <translation>Saisie manuelle des poids permise</translation>
    </message>
    <message>
        <source>Off: every weight is captured from a registered balance (typing is refused).</source>
        <translation>Désactivé : chaque poids est capté d&apos;une balance enregistrée (la saisie est refusée).</translation>
    </message>
    <message>
        <source>Daily balance check required</source>
        <translation>Contrôle quotidien de la balance requis</translation>
    </message>
    <message>
        <source>On: a balance captures only after a passing check with a reference weight that day.</source>
        <translation>Activé : une balance ne capte qu&apos;après un contrôle réussi avec un poids étalon ce jour-là.</translation>
    </message>
    <message>
        <source>The highest of the valuations</source>
        <translation>La plus élevée des évaluations</translation>
    </message>
    <message>
        <source>The declared value (price book)</source>
        <translation>La valeur déclarée (liste de prix)</translation>
    </message>
    <message>
        <source>The government valuator&apos;s value</source>
        <translation>La valeur de l&apos;évaluateur public</translation>
    </message>
    <message>
        <source>The independent valuator&apos;s value</source>
        <translation>La valeur de l&apos;évaluateur indépendant</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Not done: the message shown says why. What you typed is kept.</source>
        <translation>Non effectué : le message affiché dit pourquoi. Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>carats</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pierres</translation>
    </message>
    <message>
        <source>Nothing was recorded. Press Esc to correct it: what is typed until then is not taken.</source>
        <translation>Rien n&apos;a été enregistré. Appuyez sur Échap pour corriger : ce qui est saisi d&apos;ici là n&apos;est pas pris.</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>code ou nom</translation>
    </message>
    <message>
        <source>A category&apos;s code or name, or a part of it: e.g. S5-SAW or &apos;macles&apos;</source>
        <translation>Le code ou le nom d&apos;une catégorie, ou une partie : p. ex. S5-SAW ou « macles »</translation>
    </message>
    <message>
        <source>Type a category&apos;s code or name.</source>
        <translation>Tapez le code ou le nom d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>No category matches &apos;{typed}&apos;.</source>
        <translation>Aucune catégorie ne correspond à « {typed} ».</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{typed}&apos; matches %n categories: pick one (arrow keys, Enter) or type the whole code.</source>
        <translation>
            <numerusform>« {typed} » correspond à %n catégorie : choisissez-en une (flèches, Entrée) ou tapez le code entier.</numerusform>
            <numerusform>« {typed} » correspond à %n catégories : choisissez-en une (flèches, Entrée) ou tapez le code entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>mot de passe (confirmation) : les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>current password: wrong password; one more wrong one locks this workstation; nothing was changed</source>
        <translation>mot de passe actuel : mot de passe erroné ; une erreur de plus verrouille ce poste ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est changé.</translation>
    </message>
    <message numerus="yes">
        <source>The current password was typed wrong %n times. Sign in again.</source>
        <translation>
            <numerusform>Le mot de passe actuel a été mal saisi %n fois. Reconnectez-vous.</numerusform>
            <numerusform>Le mot de passe actuel a été mal saisi %n fois. Reconnectez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of {name} is set; give it to them in person.</source>
        <translation>Le mot de passe de {name} est défini ; remettez-le-lui en personne.</translation>
    </message>
</context>
</TS>

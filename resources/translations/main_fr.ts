<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <translation>Renseignez Mine ou Fournisseur.</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Sélectionnez le lot {lot} dans la page Réception et utilisez Peser le lot...</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Un superviseur sélectionne le lot {lot} dans la page Réception et utilise Reconnaître l&apos;écart de poids...</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Pour le modifier, sélectionnez-le dans le registre et utilisez Modifier...</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>Les catégories se trouvent dans Paramètres, Assortiment.</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Un administrateur indique l&apos;autorité dans Paramètres, Site.</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Choisissez une sauvegarde de ce site.</translation>
    </message>
    <message>
        <source>Restoring it unchecked is the command line&apos;s: sortapp restore FILE --force.</source>
        <translation>Restaurer sans cette vérification se fait en ligne de commande : sortapp restore FICHIER --force.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Utilisez ensuite Vérifier maintenant dans la page Journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Sign in again: File, Lock / switch user (Ctrl+L).</source>
        <translation>Reconnectez-vous : Fichier, Verrouiller / changer d&apos;utilisateur (Ctrl+L).</translation>
    </message>
    <message>
        <source>Close sortapp at the other workstations, then restore again.</source>
        <translation>Fermez sortapp sur les autres postes, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Erreur inattendue : {kind} : {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp : erreur inattendue</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Rien n&apos;a été écrit à moitié. Copiez les détails pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>This installation has PySide6 {version}, which loses a reference on every call that returns nothing: after some hours of work the app would stop without warning. Nothing has been opened. Install sortapp&apos;s own bundle, or PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;), and start it again.</source>
        <translation>Cette installation comporte PySide6 {version}, qui perd une référence à chaque appel ne renvoyant rien : après quelques heures de travail, l&apos;application s&apos;arrêterait sans prévenir. Rien n&apos;a été ouvert. Installez le paquet propre à sortapp, ou PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;), puis relancez-la.</translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>mot de passe (confirmation) : les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>{why}

{source}

An admin may connect this workstation to another facility server.</source>
        <translation>{why}

{source}

Un administrateur peut connecter ce poste à un autre serveur de l&apos;établissement.</translation>
    </message>
    <message>
        <source>{source}

There is no database at {path} yet. Create one on this workstation (a single workstation, or an offline site), or connect it to the facility&apos;s server (an admin of the server signs in).</source>
        <translation>{source}

Il n&apos;y a pas encore de base de données à {path}. Créez-en une sur ce poste (un poste unique ou un site hors ligne), ou connectez-le au serveur de l&apos;établissement (un administrateur du serveur se connecte).</translation>
    </message>
    <message>
        <source>facility server {where}</source>
        <translation>serveur de l&apos;établissement {where}</translation>
    </message>
    <message>
        <source>The facility server {where} was not reached: {why}</source>
        <translation>Le serveur de l&apos;établissement {where} n&apos;a pas pu être joint : {why}</translation>
    </message>
    <message>
        <source>The facility server keeps this database&apos;s backups (its base backups and WAL archive, set up by IT); a workstation makes none.</source>
        <translation>Le serveur de l&apos;établissement conserve les sauvegardes de cette base (sauvegardes de base et archive WAL, mises en place par l&apos;informatique) ; un poste n&apos;en fait aucune.</translation>
    </message>
    <message>
        <source>sortapp - {site} - server {where}</source>
        <translation>sortapp - {site} - serveur {where}</translation>
    </message>
    <message>
        <source>sortapp - {site}</source>
        <translation>sortapp - {site}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [lecture seule]</translation>
    </message>
    <message>
        <source>Server: {where}</source>
        <translation>Serveur : {where}</translation>
    </message>
    <message>
        <source>This workstation works on the facility server&apos;s database, signed in as you.</source>
        <translation>Ce poste travaille sur la base du serveur de l&apos;établissement, connecté en votre nom.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user...</source>
        <translation>&amp;Verrouiller / changer d&apos;utilisateur...</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Changer mon mot de passe...</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New (lot, parcel ...)</source>
        <translation>&amp;Nouveau (lot, colis ...)</translation>
    </message>
    <message>
        <source>&amp;Find / scan</source>
        <translation>&amp;Rechercher / scanner</translation>
    </message>
    <message>
        <source>Search &amp;this page</source>
        <translation>Chercher dans &amp;cette page</translation>
    </message>
    <message>
        <source>C&amp;orrect the entry (sorting)...</source>
        <translation>C&amp;orriger l&apos;entrée (tri)...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language: {name}.</source>
        <translation>Langue : {name}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>&amp;Capture weight from the balance</source>
        <translation>&amp;Prendre le poids sur la balance</translation>
    </message>
    <message>
        <source>{page} takes no weight from the balance.</source>
        <translation>{page} ne prend aucun poids de la balance.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Raccourcis clavier...</translation>
    </message>
    <message>
        <source>&amp;Why is it disabled?</source>
        <translation>Pourquoi est-ce &amp;désactivé ?</translation>
    </message>
    <message>
        <source>&amp;About sortapp...</source>
        <translation>À &amp;propos de sortapp...</translation>
    </message>
    <message>
        <source>Nothing is disabled on {page}.</source>
        <translation>Rien n&apos;est désactivé sur la page {page}.</translation>
    </message>
    <message>
        <source>On {page}:</source>
        <translation>Sur la page {page} :</translation>
    </message>
    <message>
        <source>Text size {percent} % on this workstation.</source>
        <translation>Taille du texte {percent} % sur ce poste.</translation>
    </message>
    <message>
        <source>{found}.</source>
        <translation>{found}.</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Actualisé.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Connecté : {user} ({role})</translation>
    </message>
    <message>
        <source>Locked at {time}.</source>
        <translation>Verrouillé à {time}.</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>Verrouillé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Connecté en tant que {user}.</translation>
    </message>
    <message>
        <source>Locked at {time} after {minutes} min without input.</source>
        <translation>Verrouillé à {time} après {minutes} min sans saisie.</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Une sauvegarde est en cours de restauration ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>A backup is being made; try again when it is done.</source>
        <translation>Une sauvegarde est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Restoring {name}: verifying it, and backing up the database it replaces...</source>
        <translation>Restauration de {name} : vérification, et sauvegarde de la base de données qu&apos;elle remplace...</translation>
    </message>
    <message>
        <source>Restored {name} over the damaged database, which is kept as {kept}. Sign in to the restored database.</source>
        <translation>Sauvegarde {name} restaurée à la place de la base endommagée, conservée sous {kept}. Connectez-vous à la base restaurée.</translation>
    </message>
    <message>
        <source>Making a backup and verifying it...</source>
        <translation>Sauvegarde et vérification...</translation>
    </message>
    <message>
        <source>Backup {name}: {state}.</source>
        <translation>Sauvegarde {name} : {state}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>sortapp backups (*.sortapp-backup)</source>
        <translation>Sauvegardes sortapp (*.sortapp-backup)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Sauvegarde {name} restaurée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;: add the people who will use sortapp (Settings, Users), set the prices (Settings, Price book), then receive the first lot (Receiving). &lt;a href=&apos;dismiss&apos;&gt;Dismiss&lt;/a&gt;</source>
        <translation>&lt;b&gt;Étapes suivantes&lt;/b&gt; : ajoutez les personnes qui utiliseront sortapp (Paramètres, Utilisateurs), fixez les prix (Paramètres, Liste de prix), puis recevez le premier lot (Réception). &lt;a href=&apos;dismiss&apos;&gt;Masquer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Lecture seule : {why}</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing you do here is written to it.</source>
        <translation>Cette base est ouverte en lecture seule : rien de ce que vous faites ici n&apos;y est écrit.</translation>
    </message>
    <message>
        <source>{tip} An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>{tip} Un administrateur restaure la dernière bonne sauvegarde à sa place : Fichier, Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>a backup of site {site} taken {at} UTC (schema {schema}, {state})</source>
        <translation>une sauvegarde du site {site} prise le {at} UTC (schéma {schema}, {state})</translation>
    </message>
    <message>
        <source>a file whose name does not say when it was taken</source>
        <translation>un fichier dont le nom ne dit pas quand il a été pris</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path}, which SQLite reports damaged: everything recorded since that backup is no longer in it. The damaged file is kept in the backup folder as it is. Then sign in to the restored database.</source>
        <translation>Restaurer {name} : {taken}.

Elle remplace la base de {site} à {path}, que SQLite signale endommagée : tout ce qui a été enregistré depuis cette sauvegarde n&apos;y sera plus. Le fichier endommagé est conservé tel quel dans le dossier des sauvegardes. Connectez-vous ensuite à la base restaurée.</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path} as it is now: everything recorded since that backup is no longer in it. The current database is kept as a backup.</source>
        <translation>Restaurer {name} : {taken}.

Elle remplace la base de {site} à {path} telle qu&apos;elle est maintenant : tout ce qui a été enregistré depuis cette sauvegarde n&apos;y sera plus. La base actuelle est conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>Automatic backup {name}: {state}.</source>
        <translation>Sauvegarde automatique {name} : {state}.</translation>
    </message>
    <message>
        <source>Making the daily backup in the background...</source>
        <translation>Sauvegarde quotidienne en arrière-plan...</translation>
    </message>
    <message>
        <source>Making the daily backup...</source>
        <translation>Sauvegarde quotidienne...</translation>
    </message>
    <message>
        <source>The daily backup failed again: {error}</source>
        <translation>La sauvegarde quotidienne a de nouveau échoué : {error}</translation>
    </message>
    <message>
        <source>Checking backups...</source>
        <translation>Vérification des sauvegardes...</translation>
    </message>
    <message>
        <source>The backups&apos; check failed again: {error}</source>
        <translation>La vérification des sauvegardes a de nouveau échoué : {error}</translation>
    </message>
    <message>
        <source>Quit sortapp</source>
        <translation>Quitter sortapp</translation>
    </message>
    <message>
        <source>Quitting loses what was typed and not recorded: {forms}</source>
        <translation>Quitter perd ce qui a été saisi et non enregistré : {forms}</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quitter quand même ?</translation>
    </message>
    <message>
        <source>Finishing the work under way before closing...</source>
        <translation>Achèvement du travail en cours avant la fermeture...</translation>
    </message>
    <message>
        <source>Saving a backup before closing...</source>
        <translation>Sauvegarde avant la fermeture...</translation>
    </message>
    <message>
        <source>Fill in {field}.</source>
        <translation>Renseignez {field}.</translation>
    </message>
    <message>
        <source>{summary}

This cannot be undone. Go ahead?</source>
        <translation>{summary}

Cette action est irréversible. Continuer ?</translation>
    </message>
    <message>
        <source>Sign in - {site}</source>
        <translation>Connexion - {site}</translation>
    </message>
    <message>
        <source>Sign in to sortapp.</source>
        <translation>Connectez-vous à sortapp.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Accept the difference</source>
        <translation>Accepter l&apos;écart</translation>
    </message>
    <message>
        <source>{summary}.

A supervisor who did not enter the results signs to accept it.</source>
        <translation>{summary}.

Un superviseur qui n&apos;a pas saisi les résultats signe pour l&apos;accepter.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>This file is signed by {site} with the key

    {found}

</source>
        <translation>Ce fichier est signé par {site} avec la clé

    {found}

</translation>
    </message>
    <message>
        <source>but the key pinned for {site} is {pinned}.

</source>
        <translation>mais la clé épinglée pour {site} est {pinned}.

</translation>
    </message>
    <message>
        <source>Call {site} (or read its printed key sheet) and type the fingerprint they give. Pin it only if it is the one above: a file signed by another key is refused.</source>
        <translation>Appelez {site} (ou lisez sa fiche de clé imprimée) et saisissez l&apos;empreinte donnée. Épinglez-la seulement si c&apos;est celle ci-dessus : un fichier signé par une autre clé est refusé.</translation>
    </message>
    <message>
        <source>Pin the key of {site}</source>
        <translation>Épingler la clé de {site}</translation>
    </message>
    <message>
        <source>Fingerprint as {site} gives it</source>
        <translation>Empreinte donnée par {site}</translation>
    </message>
    <message>
        <source>Why the key changed</source>
        <translation>Pourquoi la clé a changé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Autorité d&apos;exportation</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Create the sortapp database</source>
        <translation>Créer la base de données sortapp</translation>
    </message>
    <message>
        <source>No database at {path}. Create the site and its first admin.</source>
        <translation>Aucune base de données à {path}. Créez le site et son premier administrateur.</translation>
    </message>
    <message>
        <source>e.g. KSF</source>
        <translation>p. ex. KSF</translation>
    </message>
    <message>
        <source>The site code: {rule} (e.g. KSF).</source>
        <translation>Le code du site : {rule} (p. ex. KSF).</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>choisissez le pays</translation>
    </message>
    <message>
        <source>sortapp - which database</source>
        <translation>sortapp - quelle base de données</translation>
    </message>
    <message>
        <source>Create a database here...</source>
        <translation>Créer une base de données ici...</translation>
    </message>
    <message>
        <source>Connect to a facility server...</source>
        <translation>Se connecter à un serveur de l&apos;établissement...</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Sceller le colis {parcel}</translation>
    </message>
    <message>
        <source>Parcels sealed under one KP certificate number form one shipment. The expiry follows the issue date + {days} days unless you change it.</source>
        <translation>Les colis scellés sous un même numéro de certificat PK forment une expédition. L&apos;expiration suit la date de délivrance + {days} jours, sauf si vous la modifiez.</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Numéro du certificat PK</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Numéros de scellés (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Expédier le colis {parcel}</translation>
    </message>
    <message>
        <source>Record that parcel {parcel} has left the site. The carrier and air waybill are printed on the commercial invoice.</source>
        <translation>Enregistrer que le colis {parcel} a quitté le site. Le transporteur et la lettre de transport aérien figurent sur la facture commerciale.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Air waybill number</source>
        <translation>Numéro de lettre de transport aérien</translation>
    </message>
    <message>
        <source>Value parcel {parcel}</source>
        <translation>Évaluer le colis {parcel}</translation>
    </message>
    <message>
        <source>The valuation sheet names who valued the parcel, when and under which reference.</source>
        <translation>La fiche d&apos;évaluation indique qui a évalué le colis, quand et sous quelle référence.</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valeur USD</translation>
    </message>
    <message>
        <source>Valuer&apos;s name</source>
        <translation>Nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Date of valuation</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Remove a packing from parcel {parcel}</source>
        <translation>Retirer un emballage du colis {parcel}</translation>
    </message>
    <message>
        <source>The packing is reversed in the ledger (its goods go back to stock); the packing itself stays on record.</source>
        <translation>L&apos;emballage est contrepassé dans le grand livre (ses marchandises retournent en stock) ; l&apos;emballage lui-même reste enregistré.</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>New export parcel</source>
        <translation>Nouveau colis d&apos;exportation</translation>
    </message>
    <message>
        <source>Parcel number</source>
        <translation>Numéro de colis</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportateur</translation>
    </message>
    <message>
        <source>Registered importers are offered as you type (Importers... to add one)</source>
        <translation>Les importateurs enregistrés sont proposés pendant la saisie (Importateurs... pour en ajouter un)</translation>
    </message>
    <message>
        <source>Change importer {name}</source>
        <translation>Modifier l&apos;importateur {name}</translation>
    </message>
    <message>
        <source>Add an importer</source>
        <translation>Ajouter un importateur</translation>
    </message>
    <message>
        <source>The commercial invoice and the KP certificate data sheet of a parcel whose importer has this name print its full address and identifiers.</source>
        <translation>La facture commerciale et la fiche de données du certificat PK d&apos;un colis dont l&apos;importateur porte ce nom impriment son adresse complète et ses identifiants.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name the parcels give as importer; it is not changed here</source>
        <translation>Le nom que les colis donnent comme importateur ; il n&apos;est pas modifié ici</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tax or VAT number</source>
        <translation>Numéro fiscal ou de TVA</translation>
    </message>
    <message>
        <source>Import licence</source>
        <translation>Licence d&apos;importation</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>port or airport</source>
        <translation>port ou aéroport</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>At least {count} characters; not the user name, nor one of the most common passwords. A few unrelated words make a good one.</source>
        <translation>Au moins {count} caractères ; ni le nom d&apos;utilisateur, ni l&apos;un des mots de passe les plus courants. Quelques mots sans rapport entre eux en font un bon.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Signed in as {name}: type your current password, then the new one twice.</source>
        <translation>Connecté en tant que {name} : saisissez votre mot de passe actuel, puis deux fois le nouveau.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Set the password of {name}</source>
        <translation>Définir le mot de passe de {name}</translation>
    </message>
    <message>
        <source>For a user who forgot theirs: give {name} the new password in person; they can then change it with File, Change my password.</source>
        <translation>Pour un utilisateur qui a oublié le sien : donnez le nouveau mot de passe à {name} en personne ; il pourra ensuite le changer par Fichier, Changer mon mot de passe.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Changer le rôle de {name}</translation>
    </message>
    <message>
        <source>{name} is {role} now.</source>
        <translation>{name} est actuellement {role}.</translation>
    </message>
    <message>
        <source>Names of {code}</source>
        <translation>Noms de {code}</translation>
    </message>
    <message>
        <source>In English: {name}. A name left blank is shown as its size, model, quality and colour are named in that language, else in English.</source>
        <translation>En anglais : {name}. Un nom laissé vide est affiché d&apos;après les noms de sa taille, de son modèle, de sa qualité et de sa couleur dans cette langue, sinon en anglais.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Preview...</source>
        <translation>Aperçu...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>language: &apos;{code}&apos; is not one of {codes}; nothing was changed</source>
        <translation>langue : « {code} » ne fait pas partie de {codes} ; rien n&apos;a été modifié</translation>
    </message>
</context>
</TS>

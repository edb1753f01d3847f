<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <translation>Rien à imprimer dans {page}.</translation>
    </message>
    <message>
        <source>Nothing to correct on {page}.</source>
        <translation>Rien à corriger dans {page}.</translation>
    </message>
    <message>
        <source>awaiting weight</source>
        <translation>en attente de pesée</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sorting</source>
        <translation>en tri</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>trié</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, pas toutes comptées</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Search object or details (Ctrl+Shift+F)</source>
        <translation>Rechercher un objet ou des détails (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>In full (each index against its table)</source>
        <translation>En entier (chaque index contre sa table)</translation>
    </message>
    <message>
        <source>Check every row again, not only those since the last verified run, and compare each index with its table: several times slower on a long history.</source>
        <translation>Vérifier à nouveau chaque ligne, pas seulement celles depuis la dernière vérification réussie, et comparer chaque index avec sa table : plusieurs fois plus lent sur un long historique.</translation>
    </message>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>La chaîne n&apos;a pas été vérifiée dans cette session.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time ({tz})</source>
        <translation>Heure ({tz})</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details (as recorded)</source>
        <translation>Détails (tels qu&apos;enregistrés)</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>Verifying now: the result comes below</source>
        <translation>Vérification en cours : le résultat s&apos;affichera ci-dessous</translation>
    </message>
    <message>
        <source>Verifying everything in full, each index against its table...</source>
        <translation>Vérification de tout, en entier, chaque index contre sa table...</translation>
    </message>
    <message>
        <source>Verifying the audit chain, the ledger and the file...</source>
        <translation>Vérification de la chaîne d&apos;audit, du registre comptable et du fichier...</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Verified: OK ({counts}).</source>
        <translation>Vérifié : OK ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems. {problems}</source>
        <translation>
            <numerusform>Vérification ÉCHOUÉE : %n problème. {problems}</numerusform>
            <numerusform>Vérification ÉCHOUÉE : %n problèmes. {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list every one.)</source>
        <translation>
            <numerusform>(%n de plus : « Montrer les détails… » dans la boîte, et l&apos;infobulle de cette ligne, les listent tous.)</numerusform>
            <numerusform>(%n de plus : « Montrer les détails… » dans la boîte, et l&apos;infobulle de cette ligne, les listent tous.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems; the first: {problem}</source>
        <translation>
            <numerusform>Vérification ÉCHOUÉE : %n problème : {problem}</numerusform>
            <numerusform>Vérification ÉCHOUÉE : %n problèmes ; le premier : {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>{said} Note: {notes}.</source>
        <translation>{said} Remarque : {notes}.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verify could not run.</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message numerus="yes">
        <source>%n protected rows</source>
        <translation>
            <numerusform>%n ligne protégée</numerusform>
            <numerusform>%n lignes protégées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed entries</source>
        <translation>
            <numerusform>%n entrée signée</numerusform>
            <numerusform>%n entrées signées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n entrée d&apos;audit</numerusform>
            <numerusform>%n entrées d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n écriture du grand livre</numerusform>
            <numerusform>%n écritures du grand livre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sorting entries</source>
        <translation>
            <numerusform>%n entrée de tri</numerusform>
            <numerusform>%n entrées de tri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n ligne du grand livre</numerusform>
            <numerusform>%n lignes du grand livre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed parcels</source>
        <translation>
            <numerusform>%n colis scellé</numerusform>
            <numerusform>%n colis scellés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoints</source>
        <translation>
            <numerusform>%n point de contrôle</numerusform>
            <numerusform>%n points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>Mouvements (registre)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>pre-restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <source>pre-migration</source>
        <translation>avant mise à jour</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Assortment</source>
        <translation>Assortiment</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Liste de prix</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Save changed settings</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the figure said beside its field.</source>
        <translation>Rien n&apos;a été enregistré : corrigez le chiffre signalé à côté de son champ.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Aucun paramètre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Enregistré : {settings}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>Ajouter un utilisateur...</translation>
    </message>
    <message>
        <source>Set password...</source>
        <translation>Définir le mot de passe...</translation>
    </message>
    <message>
        <source>Set a new password for the selected user (one who forgot theirs).</source>
        <translation>Définir un nouveau mot de passe pour l&apos;utilisateur sélectionné (s&apos;il a oublié le sien).</translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation>Changer le rôle...</translation>
    </message>
    <message>
        <source>Make the selected user an operator, a supervisor or an admin.</source>
        <translation>Faire de l&apos;utilisateur sélectionné un opérateur, un superviseur ou un administrateur.</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>Désactiver / réactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Clear the selected user&apos;s failed sign-ins and lock.</source>
        <translation>Effacer les connexions échouées et le verrouillage de l&apos;utilisateur sélectionné.</translation>
    </message>
    <message>
        <source>Added {role} {name}.</source>
        <translation>Ajouté : {name} ({role}).</translation>
    </message>
    <message>
        <source>Select the user whose password to set first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;utilisateur dont il faut définir le mot de passe.</translation>
    </message>
    <message>
        <source>Select the user whose role to change first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;utilisateur dont il faut changer le rôle.</translation>
    </message>
    <message>
        <source>User {name} is now {role}.</source>
        <translation>L&apos;utilisateur {name} est maintenant {role}.</translation>
    </message>
    <message>
        <source>Select the user to deactivate or reactivate first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;utilisateur à désactiver ou à réactiver.</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Désactiver {name}</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in.</source>
        <translation>Désactiver {name} ? Cet utilisateur ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Nothing changed: {name} is still active.</source>
        <translation>Rien n&apos;a changé : {name} est toujours actif.</translation>
    </message>
    <message>
        <source>Select the user to unlock first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;utilisateur à déverrouiller.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Classe de grosseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Import categories from CSV...</source>
        <translation>Importer des catégories depuis un CSV...</translation>
    </message>
    <message>
        <source>Names in other languages...</source>
        <translation>Noms dans d&apos;autres langues...</translation>
    </message>
    <message>
        <source>Import names from CSV...</source>
        <translation>Importer des noms depuis un CSV...</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importer des catégories</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne incorrecte ; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes incorrectes ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {path}; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne incorrecte dans {path} ; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes incorrectes dans {path} ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n catégorie importée.</numerusform>
            <numerusform>%n catégories importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names of {code} saved.</source>
        <translation>Noms de {code} enregistrés.</translation>
    </message>
    <message>
        <source>Import names</source>
        <translation>Importer des noms</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n names.</source>
        <translation>
            <numerusform>%n nom importé.</numerusform>
            <numerusform>%n noms importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD par carat</translation>
    </message>
    <message>
        <source>The day from which the price holds (today unless picked)</source>
        <translation>Le jour à partir duquel le prix s&apos;applique (aujourd&apos;hui sauf choix)</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Fixer le prix</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>USD per carat today</source>
        <translation>USD par carat aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Price of {category} set from {day}.</source>
        <translation>Prix de {category} fixé à partir du {day}.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Prise (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This database is on the facility server ({where}): the server&apos;s own backups keep it (its base backups and WAL archive, set up by IT). A workstation makes none.</source>
        <translation>Cette base de données est sur le serveur de l&apos;établissement ({where}) : les sauvegardes du serveur la conservent (ses sauvegardes de base et son archive WAL, mises en place par l&apos;informatique). Un poste de travail n&apos;en fait aucune.</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>User {name} is now active.</source>
        <translation>L&apos;utilisateur {name} est maintenant actif.</translation>
    </message>
    <message>
        <source>User {name} is now inactive.</source>
        <translation>L&apos;utilisateur {name} est maintenant inactif.</translation>
    </message>
    <message>
        <source>User {name} is unlocked; their failed sign-ins are cleared.</source>
        <translation>L&apos;utilisateur {name} est déverrouillé ; ses connexions échouées sont effacées.</translation>
    </message>
    <message>
        <source>Folder: {folder}. {state}</source>
        <translation>Dossier : {folder}. {state}</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>Les sauvegardes sont à jour.</translation>
    </message>
    <message>
        <source>Facility server</source>
        <translation>Serveur de l&apos;établissement</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Signed in to it as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>(the URL&apos;s user)</source>
        <translation>(l&apos;utilisateur de l&apos;URL)</translation>
    </message>
    <message>
        <source>Connect this workstation to a facility server...</source>
        <translation>Connecter ce poste à un serveur de l&apos;établissement...</translation>
    </message>
    <message>
        <source>An admin names the server, tests their sign-in there and saves it in the machine configuration file; sortapp opens it at its next start.</source>
        <translation>Un administrateur indique le serveur, y teste sa connexion et l&apos;enregistre dans le fichier de configuration de la machine ; sortapp l&apos;ouvre au prochain démarrage.</translation>
    </message>
    <message>
        <source>{source} sortapp takes --db, else SORTAPP_DB, else the machine configuration file {config}, else the database file in your user folder. An admin connects this workstation to a facility server here; sortapp opens it at its next start.</source>
        <translation>{source} sortapp prend --db, sinon SORTAPP_DB, sinon le fichier de configuration de la machine {config}, sinon le fichier de base de données de votre dossier utilisateur. Un administrateur connecte ici ce poste à un serveur de l&apos;établissement ; sortapp l&apos;ouvre au prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start. {overridden}.</source>
        <translation>Enregistré dans {path} : sortapp ouvre le serveur de l&apos;établissement au prochain démarrage. {overridden}.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start.</source>
        <translation>Enregistré dans {path} : sortapp ouvre le serveur de l&apos;établissement au prochain démarrage.</translation>
    </message>
    <message>
        <source>This workstation opens the facility server at its next start.</source>
        <translation>Ce poste ouvre le serveur de l&apos;établissement au prochain démarrage.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the site&apos;s settings are shown read-only.</source>
        <translation>La base de données est ouverte en lecture seule, les paramètres du site sont donc affichés en lecture seule.</translation>
    </message>
    <message>
        <source>Only an admin can change the site&apos;s settings; you are signed in as {name} ({role}), so they are shown read-only.</source>
        <translation>Seul un administrateur peut modifier les paramètres du site ; vous êtes connecté en tant que {name} ({role}), ils sont donc affichés en lecture seule.</translation>
    </message>
    <message>
        <source>Admins change the site, its users and its data</source>
        <translation>Les administrateurs modifient le site, ses utilisateurs et ses données</translation>
    </message>
    <message>
        <source>Admins manage users</source>
        <translation>Les administrateurs gèrent les utilisateurs</translation>
    </message>
    <message>
        <source>Supervisors name the assortment in other languages</source>
        <translation>Les superviseurs nomment l&apos;assortiment dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>Supervisors set prices</source>
        <translation>Les superviseurs fixent les prix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exportations</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importations</translation>
    </message>
    <message>
        <source>KP statistics</source>
        <translation>Statistiques PK</translation>
    </message>
    <message>
        <source>Lot reconciliation</source>
        <translation>Rapprochement du lot</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Year end</source>
        <translation>Fin d&apos;année</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Received ({tz})</source>
        <translation>Reçu ({tz})</translation>
    </message>
    <message>
        <source>Weighed ct</source>
        <translation>Pesé ct</translation>
    </message>
    <message>
        <source>Declared ct</source>
        <translation>Déclaré ct</translation>
    </message>
    <message>
        <source>Mine / supplier</source>
        <translation>Mine / fournisseur</translation>
    </message>
    <message>
        <source>Weigh lot...</source>
        <translation>Peser le lot...</translation>
    </message>
    <message>
        <source>Weigh again...</source>
        <translation>Peser à nouveau...</translation>
    </message>
    <message>
        <source>Correct the weight of a lot weighed wrongly, before sorting starts (supervisor)</source>
        <translation>Corriger le poids d&apos;un lot mal pesé, avant le début du tri (superviseur)</translation>
    </message>
    <message>
        <source>Acknowledge weight difference...</source>
        <translation>Reconnaître l&apos;écart de poids...</translation>
    </message>
    <message>
        <source>Sort this lot</source>
        <translation>Trier ce lot</translation>
    </message>
    <message>
        <source>Print receipt...</source>
        <translation>Imprimer le bon de réception...</translation>
    </message>
    <message>
        <source>Print label...</source>
        <translation>Imprimer l&apos;étiquette...</translation>
    </message>
    <message>
        <source>Import lots (CSV)...</source>
        <translation>Importer des lots (CSV)...</translation>
    </message>
    <message>
        <source>Import lots</source>
        <translation>Importer des lots</translation>
    </message>
    <message>
        <source>Import transfer file...</source>
        <translation>Importer un fichier de transfert...</translation>
    </message>
    <message>
        <source>Receive a lot (scan or type; Enter moves on, Enter on the last field receives)</source>
        <translation>Recevoir un lot (scannez ou saisissez ; Entrée passe au suivant, Entrée sur le dernier champ reçoit)</translation>
    </message>
    <message>
        <source>scan the lot label</source>
        <translation>scannez l&apos;étiquette du lot</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>from the papers</source>
        <translation>selon les documents</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>imports only</source>
        <translation>importations seulement</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>When the lot arrived, in the site&apos;s time: YYYY-MM-DD HH:MM (blank: now)</source>
        <translation>Quand le lot est arrivé, à l&apos;heure du site : AAAA-MM-JJ HH:MM (vide : maintenant)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Expédié de</translation>
    </message>
    <message>
        <source>Incoming KP cert</source>
        <translation>Certif. PK entrant</translation>
    </message>
    <message>
        <source>not for a domestic lot</source>
        <translation>pas pour un lot national</translation>
    </message>
    <message>
        <source>the receiving form</source>
        <translation>le formulaire de réception</translation>
    </message>
    <message>
        <source>Receiving form cleared; nothing was received.</source>
        <translation>Formulaire de réception vidé ; rien n&apos;a été reçu.</translation>
    </message>
    <message>
        <source>Received lot {lot}.</source>
        <translation>Lot {lot} reçu.</translation>
    </message>
    <message>
        <source>Search lot, supplier, mine, certificate (Ctrl+Shift+F)</source>
        <translation>Rechercher lot, fournisseur, mine, certificat (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>toutes origines</translation>
    </message>
    <message numerus="yes">
        <source>{count}{more} lots</source>
        <translation>
            <numerusform>{count}{more} lot</numerusform>
            <numerusform>{count}{more} lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisors acknowledge weight differences</source>
        <translation>Les superviseurs reconnaissent les écarts de poids</translation>
    </message>
    <message>
        <source>Supervisors weigh a lot again</source>
        <translation>Les superviseurs pèsent à nouveau un lot</translation>
    </message>
    <message>
        <source>Supervisors import transfer files</source>
        <translation>Les superviseurs importent les fichiers de transfert</translation>
    </message>
    <message>
        <source>Select a lot to print for first.</source>
        <translation>Sélectionnez d&apos;abord le lot à imprimer.</translation>
    </message>
    <message>
        <source>Select a lot awaiting weight first.</source>
        <translation>Sélectionnez d&apos;abord un lot en attente de pesée.</translation>
    </message>
    <message>
        <source>Weighed lot {lot}.</source>
        <translation>Lot {lot} pesé.</translation>
    </message>
    <message>
        <source>Select a weighed lot not yet sorted first.</source>
        <translation>Sélectionnez d&apos;abord un lot pesé pas encore trié.</translation>
    </message>
    <message>
        <source>Lot {lot} weighed again.</source>
        <translation>Lot {lot} pesé à nouveau.</translation>
    </message>
    <message>
        <source>Select a flagged lot first.</source>
        <translation>Sélectionnez d&apos;abord un lot signalé.</translation>
    </message>
    <message>
        <source>Weight difference of lot {lot} acknowledged.</source>
        <translation>Écart de poids du lot {lot} reconnu.</translation>
    </message>
    <message>
        <source>Acknowledge lot {lot}</source>
        <translation>Reconnaître l&apos;écart du lot {lot}</translation>
    </message>
    <message>
        <source>{goods} weighed in</source>
        <translation>{goods} pesés</translation>
    </message>
    <message>
        <source>{goods} declared, awaiting weighing</source>
        <translation>{goods} déclarés, en attente de pesée</translation>
    </message>
    <message>
        <source>Received lot {lot}: {weight}, origin {origin} ({source}).</source>
        <translation>Lot {lot} reçu : {weight}, origine {origin} ({source}).</translation>
    </message>
    <message>
        <source>It arrived {when} (site time).</source>
        <translation>Il est arrivé le {when} (heure du site).</translation>
    </message>
    <message>
        <source>Weigh lot {lot} again</source>
        <translation>Peser à nouveau le lot {lot}</translation>
    </message>
    <message>
        <source>Weigh lot {lot}</source>
        <translation>Peser le lot {lot}</translation>
    </message>
    <message>
        <source>
Its receipt is reversed in the ledger and a new one posted; the first weight stays on record.</source>
        <translation>
Sa réception est contrepassée dans le registre et une nouvelle est comptabilisée ; le premier poids reste enregistré.</translation>
    </message>
    <message>
        <source>Stones (optional)</source>
        <translation>Pierres (facultatif)</translation>
    </message>
    <message>
        <source>Lot {lot}, origin {origin} ({source}). On the papers: {declared}{stones}.</source>
        <translation>Lot {lot}, origine {origin} ({source}). Selon les documents : {declared}{stones}.</translation>
    </message>
    <message>
        <source>no carats declared</source>
        <translation>aucun carat déclaré</translation>
    </message>
    <message>
        <source>, stones not declared</source>
        <translation>, pierres non déclarées</translation>
    </message>
    <message>
        <source> Weighed before: {goods}.</source>
        <translation> Pesé auparavant : {goods}.</translation>
    </message>
    <message>
        <source> {count} stones counted at receipt: leave Stones blank to keep that count.</source>
        <translation> {count} pierres comptées à la réception : laissez Pierres vide pour garder ce compte.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message>
        <source>Lot {lot}: declared {declared}, weighed {weighed}: a difference of {difference} ({percent} %), beyond the tolerance of {tolerance}.
You accept these figures as they are; say why.</source>
        <translation>Lot {lot} : déclaré {declared}, pesé {weighed} : un écart de {difference} ({percent} %), au-delà de la tolérance de {tolerance}.
Vous acceptez ces chiffres tels quels ; dites pourquoi.</translation>
    </message>
    <message>
        <source>{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}</source>
        <translation>{direction} : {ct} ct, {usd} USD, {parcels}, {certificates}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals {parts}</source>
        <translation>Totaux : {parts}</translation>
    </message>
    <message>
        <source>lot number, Enter</source>
        <translation>n° de lot, Entrée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>Trié</translation>
    </message>
    <message>
        <source>Loss: {kind}</source>
        <translation>Perte : {kind}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>not yet weighed</source>
        <translation>pas encore pesé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>lot number: where did it go?</source>
        <translation>numéro de lot : où est-il allé ?</translation>
    </message>
    <message>
        <source>parcel number: where did it come from?</source>
        <translation>numéro de colis : d&apos;où vient-il ?</translation>
    </message>
    <message>
        <source>or parcel</source>
        <translation>ou colis</translation>
    </message>
    <message>
        <source>Lot / parcel / place</source>
        <translation>Lot / colis / emplacement</translation>
    </message>
    <message>
        <source>Origin / status</source>
        <translation>Origine / statut</translation>
    </message>
    <message>
        <source>Lot {lot} (origin {origin}): where its carats are</source>
        <translation>Lot {lot} (origine {origin}) : où sont ses carats</translation>
    </message>
    <message>
        <source>parcel {parcel}</source>
        <translation>colis {parcel}</translation>
    </message>
    <message>
        <source>Parcel {parcel} (origin {origin}): its lots</source>
        <translation>Colis {parcel} (origine {origin}) : ses lots</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Sorted stock, all</source>
        <translation>Stock trié, total</translation>
    </message>
    <message>
        <source>Awaiting sorting (not valued)</source>
        <translation>À trier (non valorisé)</translation>
    </message>
    <message>
        <source>In parcels, not shipped</source>
        <translation>Dans des colis non expédiés</translation>
    </message>
    <message>
        <source>On hand, all</source>
        <translation>En stock, total</translation>
    </message>
    <message>
        <source>At the end of {year}, valued at the price book of {day}.</source>
        <translation>À la fin de {year}, valorisé selon la liste de prix du {day}.</translation>
    </message>
    <message>
        <source>{year} has not ended: the stock recorded so far, valued at the price book of {day}.</source>
        <translation>L&apos;année {year} n&apos;est pas terminée : le stock enregistré jusqu&apos;ici, valorisé selon la liste de prix du {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n movements dated in {year} were recorded after it ended (see the audit log).</source>
        <translation>
            <numerusform>%n mouvement daté de {year} a été enregistré après sa fin (voir le journal d&apos;audit).</numerusform>
            <numerusform>%n mouvements datés de {year} ont été enregistrés après sa fin (voir le journal d&apos;audit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories are valued at a price set after {year} ended (see the price book).</source>
        <translation>
            <numerusform>%n catégorie est évaluée à un prix fixé après la fin de {year} (voir la liste de prix).</numerusform>
            <numerusform>%n catégories sont évaluées à un prix fixé après la fin de {year} (voir la liste de prix).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Exécutez d&apos;abord le rapport ; il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {path}.</numerusform>
            <numerusform>%n lignes exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>price book</source>
        <translation>liste de prix</translation>
    </message>
    <message>
        <source>override</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>New parcel...</source>
        <translation>Nouveau colis...</translation>
    </message>
    <message>
        <source>Importers...</source>
        <translation>Importateurs...</translation>
    </message>
    <message>
        <source>The register of importers: the address and identifiers the invoice and KP sheet print (supervisors and admins add and change them)</source>
        <translation>Le registre des importateurs : l&apos;adresse et les identifiants imprimés sur la facture et la fiche PK (les superviseurs et administrateurs les ajoutent et les modifient)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valeur USD</translation>
    </message>
    <message>
        <source>Select or create a parcel.</source>
        <translation>Sélectionnez ou créez un colis.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/ct</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Seal...</source>
        <translation>Sceller...</translation>
    </message>
    <message>
        <source>Ship...</source>
        <translation>Expédier...</translation>
    </message>
    <message>
        <source>Value...</source>
        <translation>Évaluer...</translation>
    </message>
    <message>
        <source>Record a valuation and who gave it (supervisor)</source>
        <translation>Enregistrer une évaluation et son auteur (superviseur)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Annuler...</translation>
    </message>
    <message>
        <source>Remove packing...</source>
        <translation>Retirer un emballage...</translation>
    </message>
    <message>
        <source>Return one packing&apos;s goods to stock (supervisor)</source>
        <translation>Remettre en stock la marchandise d&apos;un emballage (superviseur)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <source>Parcel manifest</source>
        <translation>Manifeste du colis</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Fiche de données du certificat PK</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Facture commerciale</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Fiche d&apos;évaluation</translation>
    </message>
    <message>
        <source>Parcel label</source>
        <translation>Étiquette du colis</translation>
    </message>
    <message>
        <source>Export transfer file...</source>
        <translation>Exporter le fichier de transfert...</translation>
    </message>
    <message>
        <source>Add from stock (whole balances of a lot need no stones)</source>
        <translation>Ajouter depuis le stock (le solde entier d&apos;un lot n&apos;exige pas de pierres)</translation>
    </message>
    <message>
        <source>optional: oldest first</source>
        <translation>vide : les plus anciens</translation>
    </message>
    <message>
        <source>if counted</source>
        <translation>si comptées</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>KP certificate {cert}, issued {issued}, expires {expires}; seals {seals}</source>
        <translation>Certificat PK {cert}, délivré le {issued}, expire le {expires} ; scellés {seals}</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <source> Voided: {reason}</source>
        <translation> Annulé : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parcel {parcel}&lt;/b&gt; ({status}) from {exporter} to {importer}, {destination}. Origin: {origin}. {cert}.{voided}{shipped}</source>
        <translation>&lt;b&gt;Colis {parcel}&lt;/b&gt; ({status}) de {exporter} à {importer}, {destination}. Origine : {origin}. {cert}.{voided}{shipped}</translation>
    </message>
    <message>
        <source>Total: {ct} ct, {stones}, {book} USD at the price book; certificate value {value} USD{valuations}</source>
        <translation>Total : {ct} ct, {stones}, {book} USD selon la liste de prix ; valeur du certificat {value} USD{valuations}</translation>
    </message>
    <message>
        <source> (valuations: {valuations})</source>
        <translation> (évaluations : {valuations})</translation>
    </message>
    <message>
        <source>carrier not recorded</source>
        <translation>transporteur non enregistré</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source> Shipped by {carrier}, air waybill {awb}.</source>
        <translation> Expédié par {carrier}, lettre de transport aérien {awb}.</translation>
    </message>
    <message>
        <source>Select a parcel first</source>
        <translation>Sélectionnez d&apos;abord un colis</translation>
    </message>
    <message>
        <source>Parcel {parcel} is {status}: {why}</source>
        <translation>Le colis {parcel} est {status} : {why}</translation>
    </message>
    <message>
        <source>only a draft parcel takes goods</source>
        <translation>seul un colis brouillon reçoit de la marchandise</translation>
    </message>
    <message>
        <source>only a draft&apos;s packings come out</source>
        <translation>seuls les emballages d&apos;un brouillon peuvent être retirés</translation>
    </message>
    <message>
        <source>Supervisors remove packings</source>
        <translation>Les superviseurs retirent les emballages</translation>
    </message>
    <message>
        <source>Parcel {parcel} holds no goods yet</source>
        <translation>Le colis {parcel} ne contient encore aucune marchandise</translation>
    </message>
    <message>
        <source>only a draft is sealed</source>
        <translation>seul un brouillon est scellé</translation>
    </message>
    <message>
        <source>Supervisors seal parcels</source>
        <translation>Les superviseurs scellent les colis</translation>
    </message>
    <message>
        <source>only a draft is valued</source>
        <translation>seul un brouillon est évalué</translation>
    </message>
    <message>
        <source>Supervisors value parcels</source>
        <translation>Les superviseurs évaluent les colis</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>seul un colis scellé est expédié</translation>
    </message>
    <message>
        <source>Supervisors ship parcels</source>
        <translation>Les superviseurs expédient les colis</translation>
    </message>
    <message>
        <source>its documents come once it is sealed</source>
        <translation>ses documents viennent une fois scellé</translation>
    </message>
    <message>
        <source>a transfer file is made once it is sealed</source>
        <translation>un fichier de transfert se fait une fois scellé</translation>
    </message>
    <message>
        <source>Supervisors export transfer files</source>
        <translation>Les superviseurs exportent les fichiers de transfert</translation>
    </message>
    <message>
        <source>only a draft or sealed parcel is voided</source>
        <translation>seul un colis brouillon ou scellé est annulé</translation>
    </message>
    <message>
        <source>Supervisors void parcels</source>
        <translation>Les superviseurs annulent les colis</translation>
    </message>
    <message>
        <source>In stock: {ct} ct, stones {stones}</source>
        <translation>En stock : {ct} ct, pierres {stones}</translation>
    </message>
    <message>
        <source>Not in stock.</source>
        <translation>Pas en stock.</translation>
    </message>
    <message>
        <source>Importer&apos;s country</source>
        <translation>Pays de l&apos;importateur</translation>
    </message>
    <message>
        <source>Create the parcel to this destination?</source>
        <translation>Créer le colis vers cette destination ?</translation>
    </message>
    <message>
        <source>Created draft parcel {parcel}.</source>
        <translation>Colis brouillon {parcel} créé.</translation>
    </message>
    <message>
        <source>goods to pack</source>
        <translation>la marchandise à emballer</translation>
    </message>
    <message>
        <source>Select the draft parcel to pack into first.</source>
        <translation>Sélectionnez d&apos;abord le colis brouillon à remplir.</translation>
    </message>
    <message>
        <source>Added to parcel {parcel}.</source>
        <translation>Ajouté au colis {parcel}.</translation>
    </message>
    <message>
        <source>Packed {goods} of {category} into parcel {parcel}; it holds {held}.</source>
        <translation>Emballé {goods} de {category} dans le colis {parcel} ; il contient {held}.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Sceller le colis {parcel}</translation>
    </message>
    <message>
        <source>Sealed parcel {parcel} under KP certificate {cert}, seals {seals}</source>
        <translation>Colis {parcel} scellé sous le certificat PK {cert}, scellés {seals}</translation>
    </message>
    <message>
        <source>Parcel {parcel} shipped by {carrier} (air waybill {awb}): it has left the site for {destination}</source>
        <translation>Colis {parcel} expédié par {carrier} (lettre de transport aérien {awb}) : il a quitté le site pour {destination}</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Expédier le colis {parcel}</translation>
    </message>
    <message>
        <source>Ship with this air waybill number?</source>
        <translation>Expédier avec ce numéro de lettre de transport aérien ?</translation>
    </message>
    <message>
        <source>Recorded the {valuer} valuation of parcel {parcel}.</source>
        <translation>Évaluation {valuer} du colis {parcel} enregistrée.</translation>
    </message>
    <message>
        <source>Void parcel {parcel}</source>
        <translation>Annuler le colis {parcel}</translation>
    </message>
    <message>
        <source>Void parcel {parcel} ({status}) to {importer}: {ct} ct, {stones} {lines} return to stock.</source>
        <translation>Annuler le colis {parcel} ({status}) pour {importer} : {ct} ct, {stones} {lines} retournent en stock.</translation>
    </message>
    <message numerus="yes">
        <source>in %n lines</source>
        <translation>
            <numerusform>en %n ligne</numerusform>
            <numerusform>en %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel {parcel} voided; its goods are back in stock.</source>
        <translation>Colis {parcel} annulé ; sa marchandise est de retour en stock.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{packing}: {category} {ct} ct from {lots} ({user})</source>
        <translation>{packing} : {category} {ct} ct de {lots} ({user})</translation>
    </message>
    <message>
        <source>Packing {packing} removed from parcel {parcel}; its goods are back in stock.</source>
        <translation>Emballage {packing} retiré du colis {parcel} ; sa marchandise est de retour en stock.</translation>
    </message>
    <message>
        <source>Select a parcel to print for first.</source>
        <translation>Sélectionnez d&apos;abord le colis à imprimer.</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>aucune marchandise emballée</translation>
    </message>
    <message>
        <source>Ship parcel {parcel} (KP certificate {cert}) to {importer}, {destination}:
Carrier {carrier}, air waybill {awb}
{ct} ct, {stones}

Its goods leave the stock as shipped; it can no longer be voided.</source>
        <translation>Expédier le colis {parcel} (certificat PK {cert}) à {importer}, {destination} :
Transporteur {carrier}, lettre de transport aérien {awb}
{ct} ct, {stones}

Sa marchandise sort du stock comme expédiée ; il ne pourra plus être annulé.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel} to {importer}, {destination}:
KP certificate {cert}, issued {issued}, expires {expires}
Seals {seals}
{ct} ct, {stones}, value {value} USD
Origin {origin}{countries}

Its contents, prices, value and origin are frozen.</source>
        <translation>Sceller le colis {parcel} pour {importer}, {destination} :
Certificat PK {cert}, délivré le {issued}, expire le {expires}
Scellés {seals}
{ct} ct, {stones}, valeur {value} USD
Origine {origin}{countries}

Son contenu, ses prix, sa valeur et son origine sont figés.</translation>
    </message>
    <message>
        <source>Origins of the selected category</source>
        <translation>Origines de la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>Filter by lot, parcel or ledger number</source>
        <translation>Filtrer par lot, colis ou numéro d&apos;écriture</translation>
    </message>
    <message>
        <source>Posted ({tz})</source>
        <translation>Comptabilisé ({tz})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reverse the selected entry (none selected: the lot&apos;s last that stands; F8), with a reason: an operator the lot&apos;s last entry if it is theirs (once), a supervisor any entry</source>
        <translation>Contrepasser l&apos;entrée sélectionnée (aucune : la dernière du lot qui tient ; F8), avec un motif : un opérateur la dernière entrée du lot si elle est la sienne (une fois), un superviseur n&apos;importe quelle entrée</translation>
    </message>
    <message>
        <source>Lot {lot} is not weighed yet: weigh it on Receiving first</source>
        <translation>Le lot {lot} n&apos;est pas encore pesé : pesez-le d&apos;abord dans Réception</translation>
    </message>
    <message>
        <source>Lot {lot} is sorted and closed</source>
        <translation>Le lot {lot} est trié et clos</translation>
    </message>
    <message>
        <source>scan or type the lot number, Enter</source>
        <translation>scannez ou saisissez le numéro de lot, Entrée</translation>
    </message>
    <message>
        <source>No lot open.</source>
        <translation>Aucun lot ouvert.</translation>
    </message>
    <message>
        <source>Record results (Enter commits; the cursor returns to the category)</source>
        <translation>Saisie des résultats (Entrée valide ; le curseur revient à la catégorie)</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter l&apos;entrée</translation>
    </message>
    <message>
        <source>Record loss</source>
        <translation>Enregistrer la perte</translation>
    </message>
    <message>
        <source>Category / loss</source>
        <translation>Catégorie / perte</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Correct selected entry...</source>
        <translation>Corriger l&apos;entrée sélectionnée...</translation>
    </message>
    <message>
        <source>Close sorting</source>
        <translation>Clore le tri</translation>
    </message>
    <message>
        <source>Reconciliation report...</source>
        <translation>Rapport de rapprochement...</translation>
    </message>
    <message>
        <source>Import results (CSV)...</source>
        <translation>Importer des résultats (CSV)...</translation>
    </message>
    <message>
        <source>Import sorting results</source>
        <translation>Importer des résultats de tri</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Stone difference</source>
        <translation>Écart de pierres</translation>
    </message>
    <message>
        <source>Entry carats</source>
        <translation>Carats de l&apos;entrée</translation>
    </message>
    <message>
        <source>Loss carats</source>
        <translation>Carats de la perte</translation>
    </message>
    <message>
        <source>lot {lot} opened</source>
        <translation>lot {lot} ouvert</translation>
    </message>
    <message>
        <source>Entry into {category} of lot {lot}.</source>
        <translation>Entrée dans {category} du lot {lot}.</translation>
    </message>
    <message>
        <source>Correct the entry, then Enter.</source>
        <translation>Corrigez l&apos;entrée, puis Entrée.</translation>
    </message>
    <message>
        <source>a sorting entry</source>
        <translation>une entrée de tri</translation>
    </message>
    <message>
        <source>Entry cleared; nothing was recorded.</source>
        <translation>Saisie vidée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Select the entry to correct first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;entrée à corriger.</translation>
    </message>
    <message>
        <source>Entry {entry} reversed.</source>
        <translation>Entrée {entry} contrepassée.</translation>
    </message>
    <message>
        <source>Correct entry {entry}</source>
        <translation>Corriger l&apos;entrée {entry}</translation>
    </message>
    <message>
        <source>Close sorting of lot {lot}</source>
        <translation>Clore le tri du lot {lot}</translation>
    </message>
    <message>
        <source>Lot {lot} closed: its goods are in stock by category</source>
        <translation>Lot {lot} clos : sa marchandise est en stock par catégorie</translation>
    </message>
    <message>
        <source>Lot {lot} not closed; its sorting goes on.</source>
        <translation>Lot {lot} non clos ; son tri continue.</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after this summary was made; nothing was closed; cancel, and close its sorting again to see them now</source>
        <translation>lot {lot} : ses chiffres ont changé après ce récapitulatif ; rien n&apos;a été clôturé ; annulez, puis clôturez à nouveau son tri pour les voir maintenant</translation>
    </message>
    <message>
        <source>Lot {lot} closed, the difference accepted by {user}</source>
        <translation>Lot {lot} clos, l&apos;écart accepté par {user}</translation>
    </message>
    <message>
        <source>Open a lot first: scan or type its number.</source>
        <translation>Ouvrez d&apos;abord un lot : scannez ou saisissez son numéro.</translation>
    </message>
    <message>
        <source>{lot}: {status}, origin {origin} ({source}), received {ct} ct{flag}</source>
        <translation>{lot} : {status}, origine {origin} ({source}), reçu {ct} ct{flag}</translation>
    </message>
    <message>
        <source>, WEIGHT DIFFERENCE NOT ACKNOWLEDGED</source>
        <translation>, ÉCART DE POIDS NON ACCEPTÉ</translation>
    </message>
    <message>
        <source>loss: {kind}</source>
        <translation>perte : {kind}</translation>
    </message>
    <message>
        <source>reverses {entry}: {reason}</source>
        <translation>contrepasse {entry} : {reason}</translation>
    </message>
    <message>
        <source>reversed by {entry}</source>
        <translation>contrepassée par {entry}</translation>
    </message>
    <message>
        <source>{ct} ct, {stones}</source>
        <translation>{ct} ct, {stones}</translation>
    </message>
    <message>
        <source>{ct} ct ({percent} %)</source>
        <translation>{ct} ct ({percent} %)</translation>
    </message>
    <message>
        <source>Within tolerance, but {stones}: closing needs a second person</source>
        <translation>Dans la tolérance, mais {stones} : la clôture demande une seconde personne</translation>
    </message>
    <message>
        <source>Within tolerance, but a {difference}: closing needs a second person</source>
        <translation>Dans la tolérance, mais avec un {difference} : la clôture demande une seconde personne</translation>
    </message>
    <message>
        <source>Within tolerance: ready to close</source>
        <translation>Dans la tolérance : prêt à clore</translation>
    </message>
    <message>
        <source>Still to sort: {ct} ct not yet accounted for (beyond the tolerance)</source>
        <translation>Reste à trier : {ct} ct pas encore comptabilisés (au-delà de la tolérance)</translation>
    </message>
    <message>
        <source>Over tolerance: {ct} ct more sorted than received</source>
        <translation>Au-delà de la tolérance : {ct} ct triés de plus que reçus</translation>
    </message>
    <message>
        <source>Close the sorting of lot {lot}: no entry can be added or corrected after.
Received {received} ct ({received_stones})
Sorted {sorted} ct in {entries}: {sorted_stones}
{losses}{settled}</source>
        <translation>Clore le tri du lot {lot} : aucune entrée ne pourra plus être ajoutée ni corrigée.
Reçu {received} ct ({received_stones})
Trié {sorted} ct en {entries} : {sorted_stones}
{losses}{settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Losses {ct} ct
</source>
        <translation>Pertes {ct} ct
</translation>
    </message>
    <message>
        <source>, stones {stones}</source>
        <translation>, pierres {stones}</translation>
    </message>
    <message>
        <source> at {at}</source>
        <translation> le {at}</translation>
    </message>
    <message>
        <source>Entry {entry} of lot {lot}: {what}, {ct} ct{stones}, entered by {user}{at}.
It is reversed by a new entry with the reason; both stay on record.</source>
        <translation>Entrée {entry} du lot {lot} : {what}, {ct} ct{stones}, saisie par {user}{at}.
Elle est contrepassée par une nouvelle entrée avec le motif ; les deux restent enregistrées.</translation>
    </message>
    <message>
        <source>{difference} ({received} received, {sorted} sorted)</source>
        <translation>{difference} ({received} reçues, {sorted} triées)</translation>
    </message>
    <message>
        <source>not counted in</source>
        <translation>non comptées à l&apos;entrée</translation>
    </message>
    <message>
        <source>not all counted out</source>
        <translation>pas toutes comptées à la sortie</translation>
    </message>
    <message>
        <source>not counted out</source>
        <translation>non comptées à la sortie</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>sorting closed</source>
        <translation>clôture du tri</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>mise en colis</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>expédition</translation>
    </message>
    <message>
        <source>voiding</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>contre-passation</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>hors site</translation>
    </message>
    <message>
        <source>awaiting sorting</source>
        <translation>à trier</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <source>in a parcel</source>
        <translation>en colis</translation>
    </message>
    <message>
        <source>shipped out</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>pertes</translation>
    </message>
    <message>
        <source>sorting difference</source>
        <translation>écart de tri</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> ({counted} lignes de lots sur {lines} comptées)</translation>
    </message>
    <message>
        <source>Sorted stock on hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>Stock trié : {ct} ct, {stones}{of_them}, {usd} USD selon la liste de prix du jour, {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n stones counted</source>
        <translation>
            <numerusform>%n pierre comptée</numerusform>
            <numerusform>%n pierres comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>dans %n catégorie</numerusform>
            <numerusform>dans %n catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a category to see its origins</source>
        <translation>Sélectionnez une catégorie pour voir ses origines</translation>
    </message>
    <message>
        <source>Origins of {category}</source>
        <translation>Origines de {category}</translation>
    </message>
</context>
</TS>

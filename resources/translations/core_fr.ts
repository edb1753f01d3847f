<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems} ; {problem}</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pierres</translation>
    </message>
    <message>
        <source>weighed carats</source>
        <translation>carats pesés</translation>
    </message>
    <message>
        <source>declared carats</source>
        <translation>carats déclarés</translation>
    </message>
    <message>
        <source>declared value USD</source>
        <translation>valeur déclarée USD</translation>
    </message>
    <message>
        <source>loss carats</source>
        <translation>carats de perte</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD par carat</translation>
    </message>
    <message>
        <source>value USD</source>
        <translation>valeur USD</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>rôle : « {text} » n&apos;est pas un rôle ; utilisez operator, supervisor ou admin</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <translation>{name} est {role} ; {action} demande un superviseur ou un administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} est {role} ; {action} demande un administrateur</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} est {role} ; {action} demande un opérateur</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <translation>{field} : « {text} » contient une « , » ; ce site écrit les décimales avec « . »</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et une « , » ou un « . », sans séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field} : saisissez un nombre (en {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field} : « {text} » est négatif ; saisissez zéro ou plus (en {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et une « , » ou un « . », sans exposant ni séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (en {unit}) : des chiffres et un « . », sans exposant ni séparateur de milliers</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field} : « {text} » a plus de {places} décimales ; saisissez-en au plus {places} (les chiffres ne sont jamais arrondis)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field} : « {text} » est trop grand</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>carats</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field} : {text} ct est absurde (plus de 10 000 000 ct) ; vérifiez le chiffre</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a weight above 0.000 ct</source>
        <translation>{field} : « {text} » est négatif ; saisissez un poids supérieur à 0.000 ct</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field} : saisissez un poids supérieur à 0.000 ct</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dollars US</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field} : {text} USD est absurde ; vérifiez le chiffre</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field} : saisissez un montant supérieur à 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a count of stones, zero or more</source>
        <translation>{field} : « {text} » est négatif ; saisissez un nombre de pierres, zéro ou plus</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier de pierres</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field} : {text} pierres est absurde ; vérifiez le nombre</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier (en {unit}, 0 ou plus)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier (0 ou plus)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>The file is not a sortapp database (its {table} table is another program&apos;s)</source>
        <translation>Le fichier n&apos;est pas une base de données sortapp (sa table {table} est celle d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>Check the path given.</source>
        <translation>Vérifiez le chemin indiqué.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check ({problem})</source>
        <translation>La copie de sauvegarde a échoué au contrôle d&apos;intégrité ({problem})</translation>
    </message>
    <message>
        <source>Check the disk of the backup folder.</source>
        <translation>Vérifiez le disque du dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({error})</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} ({error})</translation>
    </message>
    <message>
        <source>Check that the backup folder (or removable medium) is there and writable.</source>
        <translation>Vérifiez que le dossier de sauvegarde (ou le support amovible) est présent et accessible en écriture.</translation>
    </message>
    <message>
        <source>Check the backup folder&apos;s disk and free space.</source>
        <translation>Vérifiez le disque du dossier de sauvegarde et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The backup notes&apos; lock {path} is not a file sortapp made (a folder, a link or a pipe): this backup&apos;s note was not written</source>
        <translation>Le verrou des notes de sauvegarde {path} n&apos;est pas un fichier créé par sortapp (un dossier, un lien ou un tube) : la note de cette sauvegarde n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>Remove it; sortapp makes it again.</source>
        <translation>Supprimez-le ; sortapp le recrée.</translation>
    </message>
    <message>
        <source>The restore&apos;s lock {path} cannot be used ({error}); nothing was changed</source>
        <translation>Le verrou de la restauration {path} ne peut pas être utilisé ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Remove whatever is at that name, or make the folder writable.</source>
        <translation>Supprimez ce qui porte ce nom, ou rendez le dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Another restore of this database is under way ({path} stayed locked for over {seconds} s); nothing was changed</source>
        <translation>Une autre restauration de cette base est en cours ({path} est resté verrouillé plus de {seconds} s) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Let it end, then open the database again.</source>
        <translation>Laissez-la se terminer, puis ouvrez à nouveau la base.</translation>
    </message>
    <message>
        <source>The backup notes in {folder} stayed locked by another program or workstation for over {seconds} s: this backup&apos;s note was not written</source>
        <translation>Les notes de sauvegarde dans {folder} sont restées verrouillées par un autre programme ou poste de travail pendant plus de {seconds} s : la note de cette sauvegarde n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The backup&apos;s check could not be noted in {target} ({error})</source>
        <translation>Le contrôle de la sauvegarde n&apos;a pas pu être noté dans {target} ({error})</translation>
    </message>
    <message>
        <source>The backup could not be copied into {folder} to be restored ({error})</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans {folder} pour être restaurée ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; free some space there, or set TMPDIR (on Windows, TEMP) to a folder of your own with room for a copy of the backup.</source>
        <translation>Rien n&apos;a été modifié ; libérez de l&apos;espace à cet endroit, ou faites pointer TMPDIR (sous Windows, TEMP) vers un dossier à vous qui a la place pour une copie de la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({error})</source>
        <translation>La sauvegarde {name} n&apos;a pas pu être lue ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; check that the file is there and readable (its stick or share connected).</source>
        <translation>Rien n&apos;a été modifié ; vérifiez que le fichier est là et lisible (sa clé USB ou son partage connecté).</translation>
    </message>
    <message>
        <source>The damaged database could not be kept in {folder} before the restore ({error}); nothing was changed</source>
        <translation>La base endommagée n&apos;a pas pu être conservée dans {folder} avant la restauration ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Check the disks of the backup folder and of the database, and their free space.</source>
        <translation>Vérifiez les disques du dossier des sauvegardes et de la base, et leur espace libre.</translation>
    </message>
    <message>
        <source>The backup could not be written over the damaged database {path} ({error}); nothing was changed</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite à la place de la base endommagée {path} ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Check that no other program has the file open, and the disk&apos;s free space.</source>
        <translation>Vérifiez qu&apos;aucun autre programme n&apos;a le fichier ouvert, et l&apos;espace libre du disque.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing)</source>
        <translation>La base de données est occupée (un autre poste écrit)</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The database is locked</source>
        <translation>La base de données est verrouillée</translation>
    </message>
    <message>
        <source>Try again; close other copies of sortapp.</source>
        <translation>Réessayez ; fermez les autres copies de sortapp.</translation>
    </message>
    <message>
        <source>The database file is read-only</source>
        <translation>Le fichier de la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the medium&apos;s write protection.</source>
        <translation>Vérifiez les droits du fichier ou la protection en écriture du support.</translation>
    </message>
    <message>
        <source>The disk could not be read or written</source>
        <translation>Le disque n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>Check the disk and free space.</source>
        <translation>Vérifiez le disque et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>Free some space; nothing was written.</source>
        <translation>Libérez de l&apos;espace ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The database file cannot be opened</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Check the path and permissions.</source>
        <translation>Vérifiez le chemin et les droits.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>Restore the last good backup and verify it.</source>
        <translation>Restaurez la dernière bonne sauvegarde et vérifiez-la.</translation>
    </message>
    <message>
        <source>The file is not a sortapp database</source>
        <translation>Le fichier n&apos;est pas une base de données sortapp</translation>
    </message>
    <message>
        <source>{message} ({name})</source>
        <translation>{message} ({name})</translation>
    </message>
    <message>
        <source>this would leave a negative balance</source>
        <translation>cela laisserait un solde négatif</translation>
    </message>
    <message>
        <source>the lot is not open for sorting (not weighed yet, or closed)</source>
        <translation>le lot n&apos;est pas ouvert au tri (pas encore pesé, ou clos)</translation>
    </message>
    <message>
        <source>this would bring the lot&apos;s sorted carats and losses above the carats received plus the tolerance</source>
        <translation>les carats triés et les pertes du lot dépasseraient les carats reçus plus la tolérance</translation>
    </message>
    <message>
        <source>no stones of the entry&apos;s size class could weigh its carats (a count or carats keyed wrong, or the wrong category)</source>
        <translation>aucune pierre de la classe de grosseur de l&apos;entrée ne peut peser ses carats (un nombre ou des carats mal saisis, ou la mauvaise catégorie)</translation>
    </message>
    <message>
        <source>a closing of a sorting moves its lot&apos;s received carats to its sorting entries&apos; stock and losses and the rest to one difference line; this one does not (written outside sortapp)</source>
        <translation>la clôture d&apos;un tri porte les carats reçus du lot vers le stock et les pertes de ses entrées de tri, et le reste sur une seule ligne d&apos;écart ; celle-ci ne le fait pas (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>a ledger entry moves goods only as its kind does (a receipt from the world, a packing from stock into its parcel, a shipping out of it, a voiding back); this one does not (written outside sortapp)</source>
        <translation>une écriture du grand livre ne déplace des marchandises que comme le fait son type (une réception depuis le monde, un emballage du stock vers son colis, une expédition hors de celui-ci, une annulation en retour) ; celle-ci ne le fait pas (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>a reversal is the exact negation of the entry it reverses; this one is not (written outside sortapp)</source>
        <translation>une contrepassation est l&apos;exact opposé de l&apos;écriture qu&apos;elle contrepasse ; celle-ci ne l&apos;est pas (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>a loss is weighed, not counted: its stones are none</source>
        <translation>une perte se pèse, elle ne se compte pas : elle n&apos;a pas de pierres</translation>
    </message>
    <message>
        <source>a lot&apos;s status only moves forward (a closed lot stays closed)</source>
        <translation>le statut d&apos;un lot ne fait qu&apos;avancer (un lot clos reste clos)</translation>
    </message>
    <message>
        <source>the lot is already weighed and received in the ledger</source>
        <translation>le lot est déjà pesé et reçu dans le grand livre</translation>
    </message>
    <message>
        <source>the lot&apos;s sorting has started; it cannot be weighed again</source>
        <translation>le tri du lot a commencé ; il ne peut plus être pesé</translation>
    </message>
    <message>
        <source>a weighing records the carats of what it weighed (the sorting entry, the lot, the balance check); this one does not (written outside sortapp)</source>
        <translation>une pesée enregistre les carats de ce qu&apos;elle a pesé (l&apos;entrée de tri, le lot, la vérification de la balance) ; celle-ci ne le fait pas (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is the reading it showed; this one is not: capture the weight again</source>
        <translation>un poids capturé sur la balance est la lecture qu&apos;elle a affichée ; celui-ci ne l&apos;est pas : capturez de nouveau le poids</translation>
    </message>
    <message>
        <source>a weight is captured off a balance on the port it is registered on: connect it there and capture again (an admin changes the port in the register)</source>
        <translation>un poids se capture sur une balance par le port sous lequel elle est enregistrée : branchez-la sur ce port et capturez de nouveau (un administrateur change le port au registre)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is recorded within 10 minutes of its reading: capture it again</source>
        <translation>un poids capturé sur la balance est enregistré dans les 10 minutes qui suivent sa lecture : capturez-le de nouveau</translation>
    </message>
    <message>
        <source>a weight is captured only off a balance whose calibration is not due: an admin records its new calibration first</source>
        <translation>un poids ne se capture que sur une balance dont l&apos;étalonnage n&apos;est pas échu : un administrateur enregistre d&apos;abord son nouvel étalonnage</translation>
    </message>
    <message>
        <source>this site captures weights only off a balance that passed its check with a reference weight today: check the balance first</source>
        <translation>ce site ne capture de poids que sur une balance qui a réussi aujourd&apos;hui sa vérification avec un poids de référence : vérifiez d&apos;abord la balance</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance</source>
        <translation>ce site ne prend les poids que de la balance : capturez le poids de la balance</translation>
    </message>
    <message>
        <source>a weight is recorded with its weighing (where it came from: the balance, or typed); this one has none (written outside sortapp)</source>
        <translation>un poids s&apos;enregistre avec sa pesée (sa provenance : la balance, ou saisi) ; celui-ci n&apos;en a pas (écrit hors de sortapp)</translation>
    </message>
    <message>
        <source>a balance check is of the site&apos;s day it is recorded on (written outside sortapp)</source>
        <translation>une vérification de balance porte sur le jour du site où elle est enregistrée (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>that reading off the balance is recorded already (one reading is one weight): capture the weight again</source>
        <translation>cette lecture de la balance est déjà enregistrée (une lecture est un seul poids) : capturez de nouveau le poids</translation>
    </message>
    <message>
        <source>a reweighing starts from the weight the lot has; look at the lot again</source>
        <translation>une nouvelle pesée part du poids qu&apos;a le lot ; regardez à nouveau le lot</translation>
    </message>
    <message>
        <source>the parcel is no longer a draft (sealed, shipped or void)</source>
        <translation>le colis n&apos;est plus un brouillon (scellé, expédié ou annulé)</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>seul un colis scellé est expédié</translation>
    </message>
    <message>
        <source>the shipment under that KP certificate has left</source>
        <translation>l&apos;expédition sous ce certificat PK est partie</translation>
    </message>
    <message>
        <source>a parcel&apos;s carrier and air waybill are recorded when it ships, and only then</source>
        <translation>le transporteur et la lettre de transport aérien d&apos;un colis sont enregistrés à son expédition, et seulement alors</translation>
    </message>
    <message>
        <source>a lot with that number already exists</source>
        <translation>un lot avec ce numéro existe déjà</translation>
    </message>
    <message>
        <source>a parcel with that number already exists</source>
        <translation>un colis avec ce numéro existe déjà</translation>
    </message>
    <message>
        <source>that seal number is already used at this site</source>
        <translation>ce numéro de scellé est déjà utilisé sur ce site</translation>
    </message>
    <message>
        <source>that KP certificate is already recorded</source>
        <translation>ce certificat PK est déjà enregistré</translation>
    </message>
    <message>
        <source>a category with that code already exists</source>
        <translation>une catégorie avec ce code existe déjà</translation>
    </message>
    <message>
        <source>a user with that name already exists</source>
        <translation>un utilisateur avec ce nom existe déjà</translation>
    </message>
    <message>
        <source>that transfer file was already imported</source>
        <translation>ce fichier de transfert a déjà été importé</translation>
    </message>
    <message>
        <source>that entry is already corrected</source>
        <translation>cette entrée est déjà corrigée</translation>
    </message>
    <message>
        <source>that ledger entry is already reversed</source>
        <translation>cette écriture du grand livre est déjà contrepassée</translation>
    </message>
    <message>
        <source>the database already holds a weighing of an entry this import makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>la base de données contient déjà une pesée d&apos;une entrée que fait cette importation (écrite hors de sortapp) ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>the database already holds a weighing of the entry this action makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>la base de données contient déjà une pesée de l&apos;entrée que fait cette action (écrite hors de sortapp) ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>the audit log already holds an entry under the uid this action&apos;s entry takes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>le journal d&apos;audit contient déjà une entrée sous l&apos;identifiant que prend l&apos;entrée de cette action (écrite hors de sortapp) ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>refused: {why}; nothing written</source>
        <translation>refusé : {why} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The database is open read-only ({why}); nothing was written</source>
        <translation>La base de données est ouverte en lecture seule ({why}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Make changes on a writable copy of the database</source>
        <translation>Faites les modifications sur une copie de la base de données accessible en écriture</translation>
    </message>
    <message>
        <source>the database refused the write ({refusal}) under a schema that is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written</source>
        <translation>la base de données a refusé l&apos;écriture ({refusal}) sous un schéma qui n&apos;est pas celui de sortapp ({objects} : modifié hors de sortapp) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>An admin checks the database (verify)</source>
        <translation>Un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>ouverte en lecture seule comme demandé</translation>
    </message>
    <message>
        <source>no sortapp database at {path}; create one first</source>
        <translation>aucune base de données sortapp à {path} ; créez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>cannot create a database at {path}: {why}</source>
        <translation>impossible de créer une base de données à {path} : {why}</translation>
    </message>
    <message>
        <source>{path} {what}; it was left as it was</source>
        <translation>{path} {what} ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>Check the path given: sortapp opens only its own databases</source>
        <translation>Vérifiez le chemin indiqué : sortapp n&apos;ouvre que ses propres bases de données</translation>
    </message>
    <message>
        <source>{path} is already a sortapp database (site {site}); a new database is created only where no file is: choose another path; nothing was changed</source>
        <translation>{path} est déjà une base de données sortapp (site {site}) ; une nouvelle base n&apos;est créée que là où il n&apos;y a aucun fichier : choisissez un autre chemin ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>This database has schema version {schema}, newer than this sortapp (version {version})</source>
        <translation>Cette base de données a le schéma version {schema}, plus récent que ce sortapp (version {version})</translation>
    </message>
    <message>
        <source>Install the newer sortapp that wrote it; the file was not changed.</source>
        <translation>Installez le sortapp plus récent qui l&apos;a écrite ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem}); restore the last good backup before writing to it</source>
        <translation>SQLite signale le fichier endommagé ({problem}) ; restaurez la dernière bonne sauvegarde avant d&apos;y écrire</translation>
    </message>
    <message>
        <source>The database on the server ({where}) sorts text by {collation}, not by code point (C); hashes and orders would differ from every other site&apos;s</source>
        <translation>La base de données du serveur ({where}) trie le texte selon {collation}, pas par point de code (C) ; les empreintes et les ordres différeraient de ceux des autres sites</translation>
    </message>
    <message>
        <source>Create the database with LC_COLLATE &apos;C&apos; (docs/facility-server.md).</source>
        <translation>Créez la base de données avec LC_COLLATE &apos;C&apos; (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database on the server ({where}) needs this sortapp&apos;s schema first</source>
        <translation>La base de données du serveur ({where}) doit d&apos;abord recevoir le schéma de ce sortapp</translation>
    </message>
    <message>
        <source>The database&apos;s owner brings it up to date (docs/facility-server.md).</source>
        <translation>Le propriétaire de la base de données la met à jour (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database file cannot be opened: {path} ({error})</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert : {path} ({error})</translation>
    </message>
    <message>
        <source>Check the path given; nothing was changed.</source>
        <translation>Vérifiez le chemin indiqué ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{why}; {note}</source>
        <translation>{why} ; {note}</translation>
    </message>
    <message>
        <source>{path} is read-only ({why}) and its schema needs bringing up to date for this sortapp (version {version}), which is a write</source>
        <translation>{path} est en lecture seule ({why}) et son schéma doit être mis à jour pour ce sortapp (version {version}), ce qui est une écriture</translation>
    </message>
    <message>
        <source>Open a writable copy of the file; it was left as it was.</source>
        <translation>Ouvrez une copie du fichier accessible en écriture ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>{path} is on a network share</source>
        <translation>{path} est sur un partage réseau</translation>
    </message>
    <message>
        <source>sortapp keeps its database on a local disk (WAL mode is unsafe on SMB/NFS); copy it to a local folder</source>
        <translation>sortapp garde sa base de données sur un disque local (le mode WAL est dangereux sur SMB/NFS) ; copiez-la dans un dossier local</translation>
    </message>
    <message>
        <source>{path}: its schema does not match its record of schema changes ({error})</source>
        <translation>{path} : son schéma ne correspond pas à son registre des changements de schéma ({error})</translation>
    </message>
    <message>
        <source>The file was edited outside sortapp; nothing was changed. Restore the last good backup and verify it.</source>
        <translation>Le fichier a été modifié hors de sortapp ; rien n&apos;a été modifié. Restaurez la dernière bonne sauvegarde et vérifiez-la.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is an empty file, not a sortapp database</source>
        <translation>est un fichier vide, pas une base de données sortapp</translation>
    </message>
    <message>
        <source>is not a SQLite file, so not a sortapp database</source>
        <translation>n&apos;est pas un fichier SQLite, donc pas une base de données sortapp</translation>
    </message>
    <message>
        <source>is another program&apos;s SQLite database, not a sortapp database</source>
        <translation>est la base de données SQLite d&apos;un autre programme, pas une base sortapp</translation>
    </message>
    <message>
        <source>is damaged: SQLite cannot read it</source>
        <translation>est endommagé : SQLite ne peut pas le lire</translation>
    </message>
    <message>
        <source>is a sortapp database</source>
        <translation>est une base de données sortapp</translation>
    </message>
    <message>
        <source>{what} ({detail})</source>
        <translation>{what} ({detail})</translation>
    </message>
    <message>
        <source>the last changes, still in {wal}, cannot be read and are not shown</source>
        <translation>les dernières modifications, encore dans {wal}, ne peuvent pas être lues et ne sont pas affichées</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>illisible : {error}</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>{folder} is on a read-only medium</source>
        <translation>{folder} est sur un support en lecture seule</translation>
    </message>
    <message>
        <source>no permission to write {path}</source>
        <translation>pas le droit d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>no permission to write in its folder {folder} (SQLite keeps files beside it)</source>
        <translation>pas le droit d&apos;écrire dans son dossier {folder} (SQLite garde des fichiers à côté)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{what}: the name {name}... is too long for the file system</source>
        <translation>{what} : le nom {name}... est trop long pour le système de fichiers</translation>
    </message>
    <message>
        <source>{what}: cannot use {path} ({error})</source>
        <translation>{what} : impossible d&apos;utiliser {path} ({error})</translation>
    </message>
    <message>
        <source>{what}: {path} is a working file of the database {database}; give another file name (nothing was written)</source>
        <translation>{what} : {path} est un fichier de travail de la base de données {database} ; indiquez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>{what}: {path} is the database sortapp has open; give another file name (nothing was written)</source>
        <translation>{what} : {path} est la base de données que sortapp a ouverte ; donnez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>{what}: {path} is a SQLite database (a site&apos;s, perhaps open elsewhere); give another file name (nothing was written)</source>
        <translation>{what} : {path} est une base de données SQLite (celle d&apos;un site, peut-être ouverte ailleurs) ; donnez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>{what}: {path} is {kind}, not a regular file; give the name of a new file, or of a file to replace (nothing was written)</source>
        <translation>{what} : {path} est {kind}, pas un fichier ordinaire ; donnez le nom d&apos;un nouveau fichier, ou d&apos;un fichier à remplacer (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>{what}: {path} is a folder; remove it, or give another file name (nothing was written)</source>
        <translation>{what} : {path} est un dossier ; supprimez-le, ou indiquez un autre nom de fichier (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>the server refused the sign-in: unknown user, wrong password, or a user no longer active</source>
        <translation>le serveur a refusé la connexion : utilisateur inconnu, mot de passe erroné, ou utilisateur qui n&apos;est plus actif</translation>
    </message>
    <message>
        <source>The facility server refuses {user} another connection: a user holds only so many at once</source>
        <translation>Le serveur de l&apos;établissement refuse une autre connexion à {user} : un utilisateur n&apos;en ouvre qu&apos;un nombre limité à la fois</translation>
    </message>
    <message>
        <source>Close sortapp where {user} is signed in at another workstation, or let a verify or command of theirs end; then try again.</source>
        <translation>Fermez sortapp sur un autre poste où {user} est connecté, ou laissez se terminer une vérification ou une commande à son nom ; puis réessayez.</translation>
    </message>
    <message>
        <source>The server has no database {name}</source>
        <translation>Le serveur n&apos;a pas de base de données {name}</translation>
    </message>
    <message>
        <source>Check the database named in the URL (docs/facility-server.md).</source>
        <translation>Vérifiez la base de données nommée dans l&apos;URL (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The facility server cannot be reached</source>
        <translation>Le serveur de l&apos;établissement est injoignable</translation>
    </message>
    <message>
        <source>Check the network; sortapp reconnects by itself. If it happened while saving, look for the action in the audit log before doing it again.</source>
        <translation>Vérifiez le réseau ; sortapp se reconnecte tout seul. Si c&apos;est arrivé pendant un enregistrement, cherchez l&apos;action dans le journal d&apos;audit avant de la refaire.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing); nothing was written</source>
        <translation>La base de données est occupée (un autre poste écrit) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the server refused it: {error}</source>
        <translation>le serveur l&apos;a refusé : {error}</translation>
    </message>
    <message>
        <source>no balance protocol called {name}: choose one of {known}</source>
        <translation>aucun protocole de balance nommé {name} : choisissez parmi {known}</translation>
    </message>
    <message>
        <source>the generic balance&apos;s pattern cannot be used: {error}</source>
        <translation>le motif de la balance générique est inutilisable : {error}</translation>
    </message>
    <message>
        <source>cannot open the balance at {url}: {error}</source>
        <translation>impossible d&apos;ouvrir la balance sur {url} : {error}</translation>
    </message>
    <message>
        <source>the port {url} refused the line settings {settings} ({error}): check them against the balance&apos;s menu; a pseudo-terminal (the simulator&apos;s --pty) takes only 8 data bits without parity, and Linux refuses 7 bits or parity on it when nothing else changes: serve the simulator over TCP for those</source>
        <translation>le port {url} a refusé les réglages de ligne {settings} ({error}) : comparez-les au menu de la balance ; un pseudo-terminal (le --pty du simulateur) ne prend que 8 bits de données sans parité, et Linux y refuse 7 bits ou une parité quand rien d&apos;autre ne change : servez le simulateur par TCP pour ceux-là</translation>
    </message>
    <message>
        <source>cannot open the balance&apos;s port {url}: {error}; check the port name (see the ports this computer has) and that no other program uses it</source>
        <translation>impossible d&apos;ouvrir le port de la balance {url} : {error} ; vérifiez le nom du port (voir les ports de cet ordinateur) et qu&apos;aucun autre programme ne l&apos;utilise</translation>
    </message>
    <message>
        <source>the balance at {url} answered its serial number differently each time ({shown}): lines cut short; check the cable and the port settings ({settings})</source>
        <translation>la balance sur {url} a donné un numéro de série différent à chaque fois ({shown}) : lignes tronquées ; vérifiez le câble et les réglages du port ({settings})</translation>
    </message>
    <message>
        <source>no stable reading in {timeout} s: {why}</source>
        <translation>aucune lecture stable en {timeout} s : {why}</translation>
    </message>
    <message>
        <source>the balance&apos;s stable readings did not agree twice in a row in {timeout} s ({seen}): bytes may be lost on the line; check the cable and the port settings ({settings})</source>
        <translation>les lectures stables de la balance ne se sont pas accordées deux fois de suite en {timeout} s ({seen}) : des octets se perdent peut-être sur la ligne ; vérifiez le câble et les réglages du port ({settings})</translation>
    </message>
    <message>
        <source>one stable reading came ({reading}) but a capture takes two that agree: press the balance&apos;s PRINT key again within {timeout} s (or set the balance to send continuously)</source>
        <translation>une lecture stable est arrivée ({reading}) mais une capture en demande deux qui concordent : appuyez de nouveau sur la touche PRINT de la balance dans les {timeout} s (ou réglez la balance pour un envoi continu)</translation>
    </message>
    <message>
        <source>the reading stayed unstable for {timeout} s (last: {reading}): keep the pan still, close the draught shield and try again</source>
        <translation>la lecture est restée instable pendant {timeout} s (dernière : {reading}) : gardez le plateau immobile, fermez le pare-brise et réessayez</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot zero</source>
        <translation>le protocole de cette balance ({protocol}) ne sait pas remettre à zéro</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot tare</source>
        <translation>le protocole de cette balance ({protocol}) ne sait pas tarer</translation>
    </message>
    <message>
        <source>could not zero</source>
        <translation>n&apos;a pas pu se remettre à zéro</translation>
    </message>
    <message>
        <source>could not tare</source>
        <translation>n&apos;a pas pu tarer</translation>
    </message>
    <message>
        <source>the balance at {url} does not take commands: check the cable and the handshake setting ({settings})</source>
        <translation>la balance sur {url} ne prend pas les commandes : vérifiez le câble et le réglage du contrôle de flux ({settings})</translation>
    </message>
    <message>
        <source>the balance at {url} is disconnected (closed)</source>
        <translation>la balance sur {url} est déconnectée (fermée)</translation>
    </message>
    <message>
        <source>the balance at {url} disconnected ({error}): check the cable and that it is switched on</source>
        <translation>la balance sur {url} s&apos;est déconnectée ({error}) : vérifiez le câble et qu&apos;elle est allumée</translation>
    </message>
    <message>
        <source>the balance at {url}: stopped (cancelled)</source>
        <translation>la balance sur {url} : arrêtée (annulé)</translation>
    </message>
    <message>
        <source>could not give a reading</source>
        <translation>n&apos;a pas pu donner de lecture</translation>
    </message>
    <message>
        <source>the balance {what}: {reason} ({code}); wait until it is still and try again</source>
        <translation>la balance {what} : {reason} ({code}) ; attendez qu&apos;elle soit immobile et réessayez</translation>
    </message>
    <message>
        <source>the balance refused the command ({code}): {reason}; check its protocol setting (this computer speaks {protocol})</source>
        <translation>la balance a refusé la commande ({code}) : {reason} ; vérifiez son réglage de protocole (cet ordinateur parle {protocol})</translation>
    </message>
    <message>
        <source>no net weight from the balance at {url}: {why}</source>
        <translation>aucun poids net de la balance sur {url} : {why}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer: check the cable and that it is switched on, set to {protocol} at {settings}</source>
        <translation>la balance sur {url} ne répond pas : vérifiez le câble et qu&apos;elle est allumée, réglée sur {protocol} à {settings}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer in any protocol this computer knows ({names}): check the cable, that it is switched on and its interface settings</source>
        <translation>la balance sur {url} ne répond dans aucun protocole que connaît cet ordinateur ({names}) : vérifiez le câble, qu&apos;elle est allumée et ses réglages d&apos;interface</translation>
    </message>
    <message>
        <source>the balance is overloaded: take the goods off and weigh a smaller portion</source>
        <translation>la balance est en surcharge : retirez la marchandise et pesez une portion plus petite</translation>
    </message>
    <message>
        <source>the balance reads below zero: empty the pan and zero the balance</source>
        <translation>la balance lit sous zéro : videz le plateau et remettez la balance à zéro</translation>
    </message>
    <message>
        <source>the balance is busy (taring or adjusting): wait and capture again</source>
        <translation>la balance est occupée (tare ou ajustage) : attendez et capturez de nouveau</translation>
    </message>
    <message>
        <source>the balance reported an error: check its display</source>
        <translation>la balance a signalé une erreur : vérifiez son afficheur</translation>
    </message>
    <message>
        <source>the balance sent its {kind} weight, not the net: {reading} is not the weight of the goods; set the balance to print the net weight</source>
        <translation>la balance a envoyé son poids {kind}, pas le net : {reading} n&apos;est pas le poids de la marchandise ; réglez la balance pour imprimer le poids net</translation>
    </message>
    <message>
        <source>the reading is not stable yet: wait for the stability mark and capture again</source>
        <translation>la lecture n&apos;est pas encore stable : attendez le signe de stabilité et capturez de nouveau</translation>
    </message>
    <message>
        <source>the balance weighs in no unit, not ct: switch the balance to carats</source>
        <translation>la balance pèse sans unité, pas en ct : passez la balance en carats</translation>
    </message>
    <message>
        <source>the balance weighs in {unit}, not ct: switch the balance to carats</source>
        <translation>la balance pèse en {unit}, pas en ct : passez la balance en carats</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which cannot be read: check the cable</source>
        <translation>la balance a envoyé {value} ct, illisible : vérifiez le câble</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which no balance weighs: check the cable</source>
        <translation>la balance a envoyé {value} ct, ce que nulle balance ne pèse : vérifiez le câble</translation>
    </message>
    <message>
        <source>the balance reads zero or less: put the goods on the pan</source>
        <translation>la balance lit zéro ou moins : posez la marchandise sur le plateau</translation>
    </message>
    <message>
        <source>{value} ct has more than 3 decimals: set the balance to 0.001 ct</source>
        <translation>{value} ct a plus de 3 décimales : réglez la balance sur 0.001 ct</translation>
    </message>
    <message>
        <source>the machine configuration {path} cannot be read ({error})</source>
        <translation>la configuration de la machine {path} est illisible ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path} is not valid TOML ({error})</source>
        <translation>la configuration de la machine {path} n&apos;est pas du TOML valide ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path}: database must be text (database = &quot;...&quot;)</source>
        <translation>la configuration de la machine {path} : database doit être du texte (database = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>the balance does not know the command</source>
        <translation>la balance ne connaît pas la commande</translation>
    </message>
    <message>
        <source>the command arrived garbled (parity or a broken line)</source>
        <translation>la commande est arrivée brouillée (parité ou ligne coupée)</translation>
    </message>
    <message>
        <source>the balance cannot do that now</source>
        <translation>la balance ne peut pas le faire maintenant</translation>
    </message>
    <message>
        <source>the balance is busy or not stable: it could not do it now</source>
        <translation>la balance est occupée ou instable : elle n&apos;a pas pu le faire maintenant</translation>
    </message>
    <message>
        <source>the balance refused the command&apos;s parameter</source>
        <translation>la balance a refusé le paramètre de la commande</translation>
    </message>
    <message>
        <source>the weight is above the balance&apos;s range</source>
        <translation>le poids dépasse la portée de la balance</translation>
    </message>
    <message>
        <source>the weight is below the balance&apos;s range</source>
        <translation>le poids est sous la portée de la balance</translation>
    </message>
    <message>
        <source>the balance reports error {code}</source>
        <translation>la balance signale l&apos;erreur {code}</translation>
    </message>
    <message>
        <source>a communication error</source>
        <translation>une erreur de communication</translation>
    </message>
    <message>
        <source>the balance is not ready</source>
        <translation>la balance n&apos;est pas prête</translation>
    </message>
    <message>
        <source>the balance timed out</source>
        <translation>la balance n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>too many characters in the command</source>
        <translation>trop de caractères dans la commande</translation>
    </message>
    <message>
        <source>a format error in the command</source>
        <translation>une erreur de format dans la commande</translation>
    </message>
    <message>
        <source>a parameter out of range</source>
        <translation>un paramètre hors limites</translation>
    </message>
    <message>
        <source>the balance is not stable</source>
        <translation>la balance n&apos;est pas stable</translation>
    </message>
    <message>
        <source>the balance reports an error</source>
        <translation>la balance signale une erreur</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>keyed, not from the balance</source>
        <translation>saisi à la main, pas de la balance</translation>
    </message>
    <message>
        <source>balance {balance} (serial {serial})</source>
        <translation>balance {balance} (n° de série {serial})</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>nettoyage</translation>
    </message>
    <message>
        <source>breakage</source>
        <translation>casse</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>échantillon</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclarée</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernementale</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>indépendante</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, pas toutes comptées</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptées</translation>
    </message>
    <message>
        <source>lot {lot}: its uncounted stock lines differ from its sorting entries</source>
        <translation>lot {lot} : ses lignes de stock sans compte de pierres diffèrent de ses entrées de tri</translation>
    </message>
    <message>
        <source>category #{key}: its kept stock lines differ from the stock on hand</source>
        <translation>catégorie #{key} : ses lignes de stock conservées diffèrent du stock disponible</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>colis</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>name in another language of</source>
        <translation>nom dans une autre langue de</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Certificat PK</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>partner key</source>
        <translation>clé de partenaire</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>reference weight</source>
        <translation>poids étalon</translation>
    </message>
    <message>
        <source>price of</source>
        <translation>prix de</translation>
    </message>
    <message>
        <source>{category} from {day}</source>
        <translation>{category} à partir du {day}</translation>
    </message>
</context>
</TS>

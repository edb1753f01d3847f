<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: the password does not open their site signing key, so it was set outside sortapp; an admin checks the database (verify) and sets their password again</source>
        <translation>connexion refusée pour « {name} » : le mot de passe n&apos;ouvre pas sa clé de signature du site, il a donc été défini hors de sortapp ; un administrateur vérifie la base de données (verify) et redéfinit son mot de passe</translation>
    </message>
    <message>
        <source>{name} is the last holder of the site signing key: without them no checkpoint could be signed again. Give the key to another supervisor or admin first; nothing was changed</source>
        <translation>{name} est le dernier détenteur de la clé de signature du site : sans lui, aucun point de contrôle ne pourrait plus être signé. Donnez d&apos;abord la clé à un autre superviseur ou administrateur ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} no longer holds the site signing key</source>
        <translation>{name} ne détient plus la clé de signature du site</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key yet: a supervisor or admin who holds it gives it to them ({name} types their password)</source>
        <translation>{name} ne détient pas encore la clé de signature du site : un superviseur ou administrateur qui la détient la lui donne ({name} saisit son mot de passe)</translation>
    </message>
    <message>
        <source>giving the site signing key</source>
        <translation>le don de la clé de signature du site</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key, so cannot give it</source>
        <translation>{name} ne détient pas la clé de signature du site et ne peut donc pas la donner</translation>
    </message>
    <message>
        <source>site key grant: unknown user or wrong password for &apos;{name}&apos;</source>
        <translation>don de la clé du site : utilisateur inconnu ou mot de passe erroné pour « {name} »</translation>
    </message>
    <message>
        <source>{name} is not an active supervisor or admin; operators never hold the key</source>
        <translation>{name} n&apos;est pas un superviseur ou administrateur actif ; les opérateurs ne détiennent jamais la clé</translation>
    </message>
    <message>
        <source>{name} is not a supervisor or admin as the signed entries made them (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>{name} n&apos;est pas superviseur ou administrateur selon les entrées signées (modifié hors de sortapp) ; rien n&apos;a été fait ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>this site has no signing key yet: it is made when a supervisor or admin signs in</source>
        <translation>ce site n&apos;a pas encore de clé de signature : elle est créée quand un superviseur ou administrateur se connecte</translation>
    </message>
    <message>
        <source>mark: &apos;{text}&apos; is not a document&apos;s audit mark; type it as printed in the footer, such as KSF-A1234 3f2a91c07b1e</source>
        <translation>marque : « {text} » n&apos;est pas la marque d&apos;audit d&apos;un document ; saisissez-la telle qu&apos;imprimée en pied de page, par exemple KSF-A1234 3f2a91c07b1e</translation>
    </message>
    <message>
        <source>printed mark {uid}: of site {site}, not of this site {code}</source>
        <translation>marque imprimée {uid} : du site {site}, pas de ce site {code}</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix}: entry {uid} is missing from the log</source>
        <translation>marque imprimée {uid} {prefix} : l&apos;entrée {uid} manque au journal</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix} contradicts the audit log: entry {uid} has another hash</source>
        <translation>la marque imprimée {uid} {prefix} contredit le journal d&apos;audit : l&apos;entrée {uid} a un autre hachage</translation>
    </message>
    <message>
        <source>the database, checkpoint row {row}</source>
        <translation>la base de données, ligne de point de contrôle {row}</translation>
    </message>
    <message>
        <source>restore statement {when} (entry {count}, by {by}; in {where})</source>
        <translation>déclaration de restauration {when} (entrée {count}, par {by} ; dans {where})</translation>
    </message>
    <message>
        <source>checkpoint {when} (entry {count}, by {by}; in {where})</source>
        <translation>point de contrôle {when} (entrée {count}, par {by} ; dans {where})</translation>
    </message>
    <message>
        <source>the live database, checkpoint row {row}</source>
        <translation>la base de données en service, ligne de point de contrôle {row}</translation>
    </message>
    <message>
        <source>checkpoint in {where}: not a readable checkpoint (damaged?)</source>
        <translation>point de contrôle dans {where} : illisible (endommagé ?)</translation>
    </message>
    <message>
        <source>{what} has a signature that is not valid: forged or damaged</source>
        <translation>{what} : signature non valide, falsifiée ou endommagée</translation>
    </message>
    <message>
        <source>{what} was signed with the site key {key}, but the database holds no site key</source>
        <translation>{what} : signé avec la clé du site {key}, mais la base de données ne contient aucune clé du site</translation>
    </message>
    <message>
        <source>{what} was signed with key {key}, not with the site key {site_key}: the database&apos;s key was replaced</source>
        <translation>{what} : signé avec la clé {key}, pas avec la clé du site {site_key} : la clé de la base de données a été remplacée</translation>
    </message>
    <message>
        <source>{what} does not follow a restore in the audit log (a &apos;restore&apos; entry by {by} right after entry {entry}): forged, it sets no checkpoint aside</source>
        <translation>{what} : ne suit pas une restauration dans le journal d&apos;audit (une entrée « restore » de {by} juste après l&apos;entrée {entry}) : falsification, aucun point de contrôle n&apos;est mis de côté</translation>
    </message>
    <message>
        <source>history replaced by a restore at {when} by {by} (audit entry {entry})</source>
        <translation>historique remplacé par une restauration le {when} par {by} (entrée d&apos;audit {entry})</translation>
    </message>
    <message>
        <source>the log ends at {uid}</source>
        <translation>le journal se termine à {uid}</translation>
    </message>
    <message>
        <source>the log is empty</source>
        <translation>le journal est vide</translation>
    </message>
    <message>
        <source>entry {entry} is missing ({ends}): entries were cut from the log&apos;s end, or this file is an older copy of one that went on</source>
        <translation>l&apos;entrée {entry} manque ({ends}) : des entrées ont été coupées à la fin du journal, ou ce fichier est une copie plus ancienne d&apos;un fichier qui a continué</translation>
    </message>
    <message>
        <source>{said}; it agrees with the checkpoint of {uid}, so the change lies after that</source>
        <translation>{said} ; concorde avec le point de contrôle de {uid}, la modification est donc postérieure</translation>
    </message>
    <message>
        <source>{what} contradicts the audit log: {said}</source>
        <translation>{what} contredit le journal d&apos;audit : {said}</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoint of the replaced history set aside</source>
        <translation>{said} : {count} point de contrôle de l&apos;historique remplacé mis de côté</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoints of the replaced history set aside</source>
        <translation>{said} : {count} points de contrôle de l&apos;historique remplacé mis de côté</translation>
    </message>
    <message>
        <source>entry {entry} has another hash</source>
        <translation>l&apos;entrée {entry} a un autre hachage</translation>
    </message>
    <message>
        <source>{found} entries lead to {entry}, the checkpoint counted {count}</source>
        <translation>{found} entrées mènent à {entry}, le point de contrôle en comptait {count}</translation>
    </message>
    <message>
        <source>the site key is held by nobody: no checkpoint can be signed; no active supervisor or admin has a wrap of it (removed outside sortapp?), so later changes are anchored nowhere</source>
        <translation>personne ne détient la clé du site : aucun point de contrôle ne peut être signé ; aucun superviseur ou administrateur actif n&apos;en a d&apos;enveloppe (supprimée hors de sortapp ?), les modifications suivantes ne sont donc ancrées nulle part</translation>
    </message>
    <message>
        <source>the site has a signing key and its holders have acted since it was made, but no checkpoint was found (in the database, the checkpoint folder or the backups&apos; sidecars): checkpoints were deleted; check the log against a checkpoint folder on other media</source>
        <translation>le site a une clé de signature et ses détenteurs ont agi depuis sa création, mais aucun point de contrôle n&apos;a été trouvé (dans la base de données, le dossier des points de contrôle ou les fichiers joints des sauvegardes) : des points de contrôle ont été supprimés ; vérifiez le journal avec un dossier de points de contrôle sur un autre support</translation>
    </message>
    <message>
        <source>checkpoint {number} was deleted: audit entry {uid} records that it existed</source>
        <translation>le point de contrôle {number} a été supprimé : l&apos;entrée d&apos;audit {uid} enregistre qu&apos;il existait</translation>
    </message>
    <message>
        <source>checkpoint {number} was changed after audit entry {uid} recorded it</source>
        <translation>le point de contrôle {number} a été modifié après que l&apos;entrée d&apos;audit {uid} l&apos;a enregistré</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({error})</source>
        <translation>ligne {line} : illisible en CSV ({error})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>fichier introuvable : {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, pipe or device)</source>
        <translation>{path} n&apos;est pas un fichier (un dossier, un tube ou un périphérique)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} n&apos;est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>scan or type a lot, parcel, certificate or label number</source>
        <translation>scannez ou saisissez un numéro de lot, de colis, de certificat ou d&apos;étiquette</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is no lot, parcel, KP certificate or label number of this site</source>
        <translation>« {number} » n&apos;est ni un numéro de lot, de colis, de certificat PK ni d&apos;étiquette de ce site</translation>
    </message>
    <message>
        <source>Entry {uid} of lot {lot}</source>
        <translation>Entrée {uid} du lot {lot}</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Lot {lot}</translation>
    </message>
    <message>
        <source>Parcel {parcel}</source>
        <translation>Colis {parcel}</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel} (it covers {parcels})</source>
        <translation>Certificat PK {number} : colis {parcel} (il couvre {parcels})</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel}</source>
        <translation>Certificat PK {number} : colis {parcel}</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot} (with {lots})</source>
        <translation>Certificat PK entrant {number} : lot {lot} (avec {lots})</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot}</source>
        <translation>Certificat PK entrant {number} : lot {lot}</translation>
    </message>
    <message>
        <source>this database has no site yet; create the site first</source>
        <translation>cette base de données n&apos;a pas encore de site ; créez d&apos;abord le site</translation>
    </message>
    <message>
        <source>{field}: the text is too long (2000 characters at most)</source>
        <translation>{field} : le texte est trop long (2000 caractères au plus)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a number of days from 1 to 3660</source>
        <translation>{field} : « {value} » n&apos;est pas un nombre de jours de 1 à 3660</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>{field} : « {value} » n&apos;est pas un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is more than the whole lot; enter at most 100 %</source>
        <translation>{field} : « {value} » dépasse le lot entier ; saisissez au plus 100 %</translation>
    </message>
    <message>
        <source>{field}: answer yes or no</source>
        <translation>{field} : répondez yes ou no</translation>
    </message>
    <message>
        <source>{field}: use one of {choices}</source>
        <translation>{field} : utilisez l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time zone (e.g. Africa/Gaborone)</source>
        <translation>{field} : « {value} » n&apos;est pas un fuseau horaire (par exemple Africa/Gaborone)</translation>
    </message>
    <message>
        <source>{field}: use one of {codes}</source>
        <translation>{field} : utilisez l&apos;un des codes {codes}</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>mot de passe : utilisez au moins {count} caractères</translation>
    </message>
    <message>
        <source>password: use at most {count} characters</source>
        <translation>mot de passe : utilisez au plus {count} caractères</translation>
    </message>
    <message>
        <source>password: this is one of the most common passwords, which are tried first; choose another (a few unrelated words make a good one)</source>
        <translation>mot de passe : c&apos;est l&apos;un des mots de passe les plus courants, essayés en premier ; choisissez-en un autre (quelques mots sans rapport entre eux en font un bon)</translation>
    </message>
    <message>
        <source>password: do not use the user name as the password</source>
        <translation>mot de passe : n&apos;utilisez pas le nom d&apos;utilisateur comme mot de passe</translation>
    </message>
    <message>
        <source>user name: &apos;{name}&apos; must start with a letter and use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>nom d&apos;utilisateur : « {name} » doit commencer par une lettre et comporter des lettres, des chiffres, « . », « _ », « - »</translation>
    </message>
    <message>
        <source>2-12 capital letters or digits, starting with a letter</source>
        <translation>2 à 12 lettres majuscules ou chiffres, commençant par une lettre</translation>
    </message>
    <message>
        <source>this database already has a site; nothing was changed</source>
        <translation>cette base de données a déjà un site ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>site code: &apos;{code}&apos; must be {rule}</source>
        <translation>code du site : « {code} » doit comporter {rule}</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nom du site</translation>
    </message>
    <message>
        <source>site name: enter the facility&apos;s name</source>
        <translation>nom du site : saisissez le nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Autorité PK</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: this connection to the server is signed in as &apos;{session}&apos;; connect as &apos;{name}&apos; with their own password</source>
        <translation>connexion refusée pour « {name} » : cette connexion au serveur est ouverte au nom de « {session} » ; connectez-vous en tant que « {name} » avec son propre mot de passe</translation>
    </message>
    <message>
        <source>sign-in refused: &apos;{name}&apos; is locked after {failures} failed attempts until {until}; try again then, or ask an admin to unlock it</source>
        <translation>connexion refusée : « {name} » est verrouillé après {failures} tentatives échouées jusqu&apos;au {until} ; réessayez à ce moment-là ou demandez à un administrateur de le déverrouiller</translation>
    </message>
    <message>
        <source>sign-in refused: unknown user or wrong password</source>
        <translation>connexion refusée : utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password; after {count} or more failed attempts in a row it is locked until {until}</source>
        <translation>connexion refusée pour « {name} » : utilisateur inconnu ou mot de passe erroné ; après {count} tentatives échouées de suite ou plus, il est verrouillé jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>unlocking a user</source>
        <translation>le déverrouillage d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; does not exist</source>
        <translation>l&apos;utilisateur « {name} » n&apos;existe pas</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is inactive; nothing was changed</source>
        <translation>l&apos;utilisateur « {name} » est inactif ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>current password: &apos;{name}&apos; is locked after failed attempts until {until}; nothing was changed</source>
        <translation>mot de passe actuel : « {name} » est verrouillé après des tentatives échouées jusqu&apos;au {until} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>current password: wrong password; nothing was changed</source>
        <translation>mot de passe actuel : mot de passe erroné ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>new password: it is your current password; choose another; nothing was changed</source>
        <translation>nouveau mot de passe : c&apos;est votre mot de passe actuel ; choisissez-en un autre ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; has no failed sign-ins; nothing changed</source>
        <translation>l&apos;utilisateur « {name} » n&apos;a aucune connexion échouée ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>la liste des utilisateurs</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>verrouillé jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>{failures} failed sign-in</source>
        <translation>{failures} connexion échouée</translation>
    </message>
    <message>
        <source>{failures} failed sign-ins</source>
        <translation>{failures} connexions échouées</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>l&apos;ajout d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; already exists</source>
        <translation>l&apos;utilisateur « {name} » existe déjà</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>la modification d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>you cannot demote or deactivate yourself; ask another admin</source>
        <translation>vous ne pouvez pas vous rétrograder ni vous désactiver ; demandez à un autre administrateur</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and active; nothing was changed</source>
        <translation>l&apos;utilisateur « {name} » est déjà {role} et actif ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and inactive; nothing was changed</source>
        <translation>l&apos;utilisateur « {name} » est déjà {role} et inactif ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} gets the site signing key when a holder gives it to them ({name} types their password) or an admin who holds it sets their password</source>
        <translation>{name} reçoit la clé de signature du site quand un détenteur la lui donne ({name} saisit son mot de passe) ou qu&apos;un administrateur qui la détient définit son mot de passe</translation>
    </message>
    <message>
        <source>setting another user&apos;s password</source>
        <translation>la définition du mot de passe d&apos;un autre utilisateur</translation>
    </message>
    <message>
        <source>changing site settings</source>
        <translation>la modification des paramètres du site</translation>
    </message>
    <message>
        <source>name: enter the facility&apos;s name</source>
        <translation>nom : saisissez le nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a site setting; use one of: name, {keys}</source>
        <translation>« {key} » n&apos;est pas un paramètre du site ; utilisez l&apos;un de : name, {keys}</translation>
    </message>
    <message>
        <source>KP statistics were exported for periods whose imports are counted by the site&apos;s day: run those periods again, and where their figures differ, export them again and send the amended figures to the KP authority</source>
        <translation>Des statistiques PK ont été exportées pour des périodes dont les importations sont comptées au jour du site : relancez ces périodes et, là où leurs chiffres diffèrent, exportez-les à nouveau et envoyez les chiffres rectifiés à l&apos;autorité PK</translation>
    </message>
    <message>
        <source>changing the country list</source>
        <translation>la modification de la liste des pays</translation>
    </message>
    <message>
        <source>country: &apos;{code}&apos; is not an ISO 3166-1 alpha-2 code</source>
        <translation>pays : « {code} » n&apos;est pas un code ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>kp: use participant, eu (covered by the EU) or none</source>
        <translation>kp : utilisez participant, eu (couvert par l&apos;UE) ou none</translation>
    </message>
    <message>
        <source>name: enter the country&apos;s name</source>
        <translation>nom : saisissez le nom du pays</translation>
    </message>
    <message>
        <source>country {code} is already {name}, KP {kp}; nothing was changed</source>
        <translation>le pays {code} est déjà {name}, PK {kp} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{field}: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only go to KP participants</source>
        <translation>{field} : {name} ({code}) ne figure pas sur la liste des participants au PK du site ; les diamants bruts ne peuvent aller qu&apos;aux participants au PK</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a valid number; use 1-40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{field} : « {text} » n&apos;est pas un numéro valide ; utilisez 1 à 40 lettres, chiffres, « . », « _ », « / » ou « - », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>{field}: {cents!r} is not an amount of zero cents or more</source>
        <translation>{field} : {cents!r} n&apos;est pas un montant de zéro centime ou plus</translation>
    </message>
    <message>
        <source>{field}: {cents} cents is absurd; check the figure</source>
        <translation>{field} : {cents} centimes, c&apos;est absurde ; vérifiez le chiffre</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field} : saisissez un montant supérieur à 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: the text is too long (200 characters at most)</source>
        <translation>{field} : le texte est trop long (200 caractères au plus)</translation>
    </message>
    <message>
        <source>{field}: the text holds a line break or another control character (U+{code}); write it on one line of plain text</source>
        <translation>{field} : le texte contient un saut de ligne ou un autre caractère de contrôle (U+{code}) ; écrivez-le sur une seule ligne de texte simple</translation>
    </message>
    <message>
        <source>{field}: the partner&apos;s file gives a text of {length} characters ({most} at most); ask the sending site to send it again</source>
        <translation>{field} : le fichier du partenaire donne un texte de {length} caractères ({most} au plus) ; demandez au site expéditeur de le renvoyer</translation>
    </message>
    <message>
        <source>{field}: say why, in a few words</source>
        <translation>{field} : dites pourquoi, en quelques mots</translation>
    </message>
    <message>
        <source>{field}: a time before {first} is not when it happened; give the date it did</source>
        <translation>{field} : une date avant {first} n&apos;est pas celle où cela a eu lieu ; donnez la vraie date</translation>
    </message>
    <message>
        <source>{field}: {when} UTC is later than now ({now} UTC by this computer&apos;s clock); give the date it happened</source>
        <translation>{field} : {when} UTC est plus tard que maintenant ({now} UTC selon l&apos;horloge de cet ordinateur) ; donnez la date où cela a eu lieu</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>{field} : « {text} » n&apos;est pas une date ; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{field}: &apos;{code}&apos; is not a known ISO 3166 country code; an admin can add it</source>
        <translation>{field} : « {code} » n&apos;est pas un code de pays ISO 3166 connu ; un administrateur peut l&apos;ajouter</translation>
    </message>
    <message>
        <source>missing {fields}</source>
        <translation>il manque {fields}</translation>
    </message>
    <message>
        <source>category {code} already exists</source>
        <translation>la catégorie {code} existe déjà</translation>
    </message>
    <message>
        <source>category {code} appears twice in the file</source>
        <translation>la catégorie {code} figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>unknown size &apos;{value}&apos;</source>
        <translation>classe de grosseur inconnue « {value} »</translation>
    </message>
    <message>
        <source>unknown model &apos;{value}&apos;</source>
        <translation>modèle inconnu « {value} »</translation>
    </message>
    <message>
        <source>unknown quality &apos;{value}&apos;</source>
        <translation>qualité inconnue « {value} »</translation>
    </message>
    <message>
        <source>unknown colour &apos;{value}&apos;</source>
        <translation>couleur inconnue « {value} »</translation>
    </message>
    <message>
        <source>HS code &apos;{code}&apos; is not one of {codes}</source>
        <translation>le code SH « {code} » ne fait pas partie de {codes}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems} ; {problem}</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>classe de grosseur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language the assortment&apos;s names are kept in; use one of {languages}</source>
        <translation>«&#xa0;{language}&#xa0;» n&apos;est pas une langue des noms de l&apos;assortiment ; utilisez l&apos;une de : {languages}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of name; use one of {kinds}</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un genre de nom ; utilisez l&apos;un de : {kinds}</translation>
    </message>
    <message>
        <source>{kind}: &apos;{code}&apos; is not in the assortment</source>
        <translation>{kind} : «&#xa0;{code}&#xa0;» ne figure pas dans l&apos;assortiment</translation>
    </message>
    <message>
        <source>the name ({language}) is empty; clear it to show the English name</source>
        <translation>le nom ({language}) est vide ; effacez-le pour afficher le nom anglais</translation>
    </message>
    <message>
        <source>the name ({language}) has {length} characters; at most {limit}</source>
        <translation>le nom ({language}) a {length} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <source>changing the assortment&apos;s names</source>
        <translation>la modification des noms de l&apos;assortiment</translation>
    </message>
    <message>
        <source>{column} has {length} characters; at most {limit}</source>
        <translation>{column} a {length} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <source>importing an assortment</source>
        <translation>l&apos;import d&apos;un assortiment</translation>
    </message>
    <message>
        <source>adding a category</source>
        <translation>l&apos;ajout d&apos;une catégorie</translation>
    </message>
    <message>
        <source>category {code}: {problem}</source>
        <translation>catégorie {code} : {problem}</translation>
    </message>
    <message>
        <source>category: &apos;{code}&apos; is not in the assortment</source>
        <translation>catégorie : « {code} » ne figure pas dans l&apos;assortiment</translation>
    </message>
    <message>
        <source>category {code} is retired</source>
        <translation>la catégorie {code} est retirée</translation>
    </message>
    <message>
        <source>changing the price book</source>
        <translation>la modification de la liste de prix</translation>
    </message>
    <message>
        <source>unknown categories in the price list: {codes}</source>
        <translation>catégories inconnues dans la liste de prix : {codes}</translation>
    </message>
    <message>
        <source>viewing the price book</source>
        <translation>la consultation de la liste de prix</translation>
    </message>
    <message>
        <source>the database&apos;s schema is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>le schéma de la base de données n&apos;est pas celui de sortapp ({objects} : modifié hors de sortapp) : rien n&apos;a été écrit ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>{name} is no longer an active user (an admin changed it since they signed in); nothing was written</source>
        <translation>{name} n&apos;est plus un utilisateur actif (un administrateur l&apos;a modifié depuis sa connexion) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{name} is {role} now (an admin changed it since they signed in); nothing was written: sign in again</source>
        <translation>{name} est maintenant {role} (un administrateur l&apos;a modifié depuis sa connexion) ; rien n&apos;a été écrit : reconnectez-vous</translation>
    </message>
    <message>
        <source>the site key the database names is not the one this session signs with (changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>la clé du site que nomme la base de données n&apos;est pas celle avec laquelle cette session signe (modifiée hors de sortapp) : rien n&apos;a été écrit ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>{name} does not hold the site key, which signs every supervisor&apos;s and admin&apos;s action; a supervisor or admin who holds it can give it to them (site key grant); nothing was written</source>
        <translation>{name} ne détient pas la clé du site, qui signe chaque action d&apos;un superviseur ou d&apos;un administrateur ; un superviseur ou administrateur qui la détient peut la lui donner (site key grant) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>verified ({note})</source>
        <translation>vérifiée ({note})</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>FAILED: {note}</source>
        <translation>ÉCHEC : {note}</translation>
    </message>
    <message>
        <source>this database is on the facility server: the server&apos;s own backups keep it (base backups and WAL archiving, set up by IT); a workstation makes none</source>
        <translation>cette base de données est sur le serveur de l&apos;établissement : les sauvegardes propres au serveur la protègent (sauvegardes de base et archivage WAL, mis en place par l&apos;informatique) ; un poste de travail n&apos;en fait aucune</translation>
    </message>
    <message>
        <source>it is a working file of the database {database}, not a backup</source>
        <translation>c&apos;est un fichier de travail de la base de données {database}, pas une sauvegarde</translation>
    </message>
    <message>
        <source>schema version {schema} is newer than this sortapp</source>
        <translation>la version de schéma {schema} est plus récente que ce sortapp</translation>
    </message>
    <message>
        <source>its schema version {schema} is not what its record of schema changes says</source>
        <translation>sa version de schéma {schema} ne correspond pas à son registre des changements de schéma</translation>
    </message>
    <message>
        <source>schema {schema}: SQLite integrity check only</source>
        <translation>schéma {schema} : contrôle d&apos;intégrité SQLite seulement</translation>
    </message>
    <message>
        <source>not a sortapp database: {error}</source>
        <translation>pas une base de données sortapp : {error}</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>la création d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>it is a link to another file, not a copy</source>
        <translation>c&apos;est un lien vers un autre fichier, pas une copie</translation>
    </message>
    <message>
        <source>it is a backup of site {code}, not of {named} as its name says</source>
        <translation>c&apos;est une sauvegarde du site {code}, non de {named} comme le dit son nom</translation>
    </message>
    <message>
        <source>{file}: no such backup file</source>
        <translation>{file} : aucun fichier de sauvegarde de ce nom</translation>
    </message>
    <message>
        <source>{folder}: no such folder of backups</source>
        <translation>{folder} : aucun dossier de sauvegardes de ce nom</translation>
    </message>
    <message>
        <source>its note is of site {code}&apos;s backup, not this file</source>
        <translation>sa note est celle d&apos;une sauvegarde du site {code}, pas de ce fichier</translation>
    </message>
    <message>
        <source>its note is an earlier release&apos;s</source>
        <translation>sa note est d&apos;une version antérieure</translation>
    </message>
    <message>
        <source>its note is of a file of {noted} bytes, and this one is of {bytes}</source>
        <translation>sa note est celle d&apos;un fichier de {noted} octets, et celui-ci en a {bytes}</translation>
    </message>
    <message>
        <source>The newest backup ({name}) failed its check: {problems}. The database it was copied from may be damaged or changed outside sortapp: keep the older verified backups and have the database verified in full (each index against its table).</source>
        <translation>La sauvegarde la plus récente ({name}) a échoué à sa vérification : {problems}. La base de données dont elle est la copie est peut-être endommagée ou modifiée hors de sortapp : gardez les sauvegardes vérifiées plus anciennes et faites vérifier la base de données en entier (chaque index contre sa table).</translation>
    </message>
    <message>
        <source>no reason noted</source>
        <translation>aucune raison notée</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: make one (File &gt; Backup now).</source>
        <translation>Il n&apos;y a pas encore de sauvegarde vérifiée de cette base de données : faites-en une (Fichier &gt; Sauvegarder maintenant).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}); make one now.</source>
        <translation>La dernière sauvegarde vérifiée date de {days} jours ({name}) ; faites-en une maintenant.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>la restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>restore: the database is open read-only ({why}); a restore replaces it, which is a write, so nothing was changed</source>
        <translation>restauration : la base de données est ouverte en lecture seule ({why}) ; une restauration la remplace, ce qui est une écriture, donc rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>restore: no file at {path}</source>
        <translation>restauration : aucun fichier à {path}</translation>
    </message>
    <message>
        <source>restore: {name} is not a sortapp database ({error}); nothing was changed</source>
        <translation>restauration : {name} n&apos;est pas une base sortapp ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>restore: {name} has schema version {schema}, newer than this sortapp; install the newer sortapp first</source>
        <translation>restauration : {name} a la version de schéma {schema}, plus récente que ce sortapp ; installez d&apos;abord le sortapp plus récent</translation>
    </message>
    <message>
        <source>restore: work was recorded while the database was being backed up before the restore (at another workstation, or by a backup or verify running here; its log now ends at {now}); nothing was changed; close sortapp at every other workstation, let this one&apos;s backup or verify end, then restore again</source>
        <translation>restauration : du travail a été enregistré pendant la sauvegarde de la base de données avant la restauration (sur un autre poste, ou par une sauvegarde ou une vérification en cours ici ; son journal se termine maintenant à {now}) ; rien n&apos;a été modifié ; fermez sortapp sur tous les autres postes, laissez finir la sauvegarde ou la vérification de celui-ci, puis restaurez à nouveau</translation>
    </message>
    <message>
        <source>restore: {name} cannot be prepared: {why}</source>
        <translation>restauration : {name} ne peut pas être préparé : {why}</translation>
    </message>
    <message>
        <source>restore: {name} fails verification ({problems}); nothing was changed</source>
        <translation>restauration : {name} échoue à la vérification ({problems}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>restore: the checkpoints of the database it replaces cannot be read ({error}), so the backup cannot be checked against them; nothing was changed; an admin may force it</source>
        <translation>restauration : les points de contrôle de la base qu&apos;elle remplace ne peuvent pas être lus ({error}), la sauvegarde ne peut donc pas être vérifiée par rapport à eux ; rien n&apos;a été modifié ; un administrateur peut la forcer</translation>
    </message>
    <message>
        <source>restore: the database is not one found damaged; nothing was changed</source>
        <translation>restauration : la base n&apos;a pas été trouvée endommagée ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>restore: the database is no longer found damaged (restored meanwhile from another window or workstation, or its damage was only in what its read-only view could not read); nothing was written over: close sortapp and open it again</source>
        <translation>restauration : la base n&apos;est plus trouvée endommagée (restaurée entre-temps depuis une autre fenêtre ou un autre poste, ou son dommage n&apos;était que dans ce que sa vue en lecture seule ne pouvait pas lire) ; rien n&apos;a été écrasé : fermez sortapp et rouvrez-le</translation>
    </message>
    <message>
        <source>The backup {name} was written over the damaged database, but the restore could not be recorded in it ({error}); the damaged file is kept as {kept}</source>
        <translation>La sauvegarde {name} a été écrite à la place de la base endommagée, mais la restauration n&apos;a pas pu y être enregistrée ({error}) ; le fichier endommagé est conservé sous {kept}</translation>
    </message>
    <message>
        <source>Close sortapp and open the database again; then verify it.</source>
        <translation>Fermez sortapp et ouvrez à nouveau la base ; puis vérifiez-la.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem})</source>
        <translation>SQLite signale le fichier endommagé ({problem})</translation>
    </message>
    <message>
        <source>restore: {name} belongs to site {code}, this database to {here}; an admin may force it</source>
        <translation>restauration : {name} appartient au site {code}, cette base de données à {here} ; un administrateur peut la forcer</translation>
    </message>
    <message>
        <source>not checked ({note})</source>
        <translation>non vérifiée ({note})</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>Il n&apos;y a encore aucune sauvegarde vérifiée de cette base de données : prévenez un superviseur (il en fait une avec Fichier &gt; Sauvegarder maintenant).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}): tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>La dernière sauvegarde vérifiée date de {days} jours ({name}) : prévenez un superviseur (il en fait une avec Fichier &gt; Sauvegarder maintenant).</translation>
    </message>
    <message>
        <source>The current database could not be backed up before restoring</source>
        <translation>La base de données actuelle n&apos;a pas pu être sauvegardée avant la restauration</translation>
    </message>
    <message>
        <source>Nothing was changed; check the backup folder.</source>
        <translation>Rien n&apos;a été modifié ; vérifiez le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>{path} already exists; a demo database there may be rebuilt in its place</source>
        <translation>{path} existe déjà ; une base de démonstration à cet endroit peut être reconstruite à sa place</translation>
    </message>
    <message>
        <source>{path} is not a demo database; it was left alone</source>
        <translation>{path} n&apos;est pas une base de démonstration ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <source>the header lacks the column(s) {columns}</source>
        <translation>il manque à l&apos;en-tête la ou les colonnes {columns}</translation>
    </message>
    <message>
        <source>received: &apos;{value}&apos; is not a date (YYYY-MM-DD [HH:MM], site time)</source>
        <translation>received : « {value} » n&apos;est pas une date (AAAA-MM-JJ [HH:MM], heure du site)</translation>
    </message>
    <message>
        <source>importing lots</source>
        <translation>l&apos;import de lots</translation>
    </message>
    <message>
        <source>importing sorting results</source>
        <translation>l&apos;import de résultats de tri</translation>
    </message>
    <message>
        <source>importing a price book</source>
        <translation>l&apos;import d&apos;une liste de prix</translation>
    </message>
    <message>
        <source>import: &apos;{kind}&apos; is not one of {kinds}</source>
        <translation>import : « {kind} » ne fait pas partie de {kinds}</translation>
    </message>
    <message>
        <source>nothing to post: every quantity is zero</source>
        <translation>rien à comptabiliser : toutes les quantités sont nulles</translation>
    </message>
    <message>
        <source>{field}: the text is too long ({limit} characters at most)</source>
        <translation>{field} : le texte est trop long ({limit} caractères au plus)</translation>
    </message>
    <message>
        <source>keeping the register of parties</source>
        <translation>la tenue du registre des parties</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name: name the party (as the parcels&apos; importer names it)</source>
        <translation>nom : nommez la partie (comme l&apos;importateur des colis la nomme)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>numéro fiscal</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>port of destination</source>
        <translation>port de destination</translation>
    </message>
    <message>
        <source>name: {name} is already registered</source>
        <translation>nom : {name} est déjà enregistré</translation>
    </message>
    <message>
        <source>party {name} is new: give its address and country</source>
        <translation>la partie {name} est nouvelle : indiquez son adresse et son pays</translation>
    </message>
    <message>
        <source>party {name}: nothing to change</source>
        <translation>partie {name} : rien à modifier</translation>
    </message>
    <message>
        <source>{name} is registered in {country}, but the destination is {destination}: the commercial invoice and KP sheet would print the importer without its registered address and identifiers</source>
        <translation>{name} est enregistré en {country}, mais la destination est {destination} : la facture commerciale et la fiche PK imprimeraient l&apos;importateur sans son adresse enregistrée ni ses identifiants</translation>
    </message>
    <message>
        <source>listing parties</source>
        <translation>la liste des parties</translation>
    </message>
    <message>
        <source>the register&apos;s entry of {party} is not as it was recorded (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>l&apos;entrée du registre pour {party} n&apos;est pas telle qu&apos;elle a été enregistrée (modifiée hors de sortapp) ; rien n&apos;a été imprimé ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>viewing stock</source>
        <translation>la consultation du stock</translation>
    </message>
    <message>
        <source>viewing lineage</source>
        <translation>la consultation de la filiation</translation>
    </message>
    <message>
        <source>viewing KP statistics</source>
        <translation>la consultation des statistiques PK</translation>
    </message>
    <message>
        <source>to: {last} is before {first}; give the period&apos;s first day, then its last</source>
        <translation>au : {last} est avant {first} ; indiquez le premier jour de la période, puis le dernier</translation>
    </message>
    <message>
        <source>KP statistics are exported from a session that records the export: the database is open read-only ({why}); view them here, and export them where the database is written</source>
        <translation>les statistiques PK s&apos;exportent depuis une session qui enregistre l&apos;export : la base de données est ouverte en lecture seule ({why}) ; consultez-les ici, et exportez-les là où la base de données est écrite</translation>
    </message>
    <message>
        <source>{lots} and {more} more</source>
        <translation>{lots} et {more} de plus</translation>
    </message>
    <message>
        <source>not counted as imports: {lots} (shipped in from abroad with no incoming KP certificate recorded)</source>
        <translation>non compté comme importations : {lots} (expédié de l&apos;étranger sans certificat PK entrant enregistré)</translation>
    </message>
    <message>
        <source>imports counted at 0.00 USD, received with no declared value: {lots}</source>
        <translation>importations comptées à 0,00 USD, reçues sans valeur déclarée : {lots}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>l&apos;export</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>l&apos;impression</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>étiquettes : indiquez au moins un lot ou un colis</translation>
    </message>
    <message>
        <source>viewing year-end stock</source>
        <translation>la consultation du stock de fin d&apos;année</translation>
    </message>
    <message>
        <source>year: {year} is not a year from {first} to {last}</source>
        <translation>année : {year} n&apos;est pas une année de {first} à {last}</translation>
    </message>
    <message>
        <source>the server&apos;s host name {host!r} is not a host name or address</source>
        <translation>le nom d&apos;hôte du serveur {host!r} n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>the port {port!r} is not a number from 1 to 65535</source>
        <translation>le port {port!r} n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the database name {database!r} is not a plain name (letters, digits, _ . -)</source>
        <translation>le nom de base de données {database!r} n&apos;est pas un nom simple (lettres, chiffres, _ . -)</translation>
    </message>
    <message>
        <source>the TLS mode {tls!r} is not one of {modes}</source>
        <translation>le mode TLS {tls!r} ne fait pas partie de {modes}</translation>
    </message>
    <message>
        <source>a user name is needed to sign in to the server</source>
        <translation>un nom d&apos;utilisateur est nécessaire pour se connecter au serveur</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this workstation: {why}</source>
        <translation>{server} est injoignable depuis ce poste de travail : {why}</translation>
    </message>
    <message>
        <source>connecting a workstation to {server}</source>
        <translation>la connexion d&apos;un poste de travail à {server}</translation>
    </message>
    <message>
        <source>this workstation cannot write the machine configuration file {path} ({why}); nothing was changed. Ask IT to deploy it with this content:

{content}</source>
        <translation>ce poste de travail ne peut pas écrire le fichier de configuration de la machine {path} ({why}) ; rien n&apos;a été modifié. Demandez à l&apos;informatique de le déployer avec ce contenu :

{content}</translation>
    </message>
    <message>
        <source>connecting this workstation to a facility server</source>
        <translation>la connexion de ce poste de travail à un serveur de l&apos;établissement</translation>
    </message>
    <message>
        <source>SORTAPP_DB is set for this workstation and is used before the machine configuration file: remove it for the server to be opened</source>
        <translation>SORTAPP_DB est défini pour ce poste de travail et passe avant le fichier de configuration de la machine : supprimez-le pour que le serveur soit ouvert</translation>
    </message>
    <message>
        <source>parcel manifest</source>
        <translation>Manifeste du colis</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Fiche de données du certificat PK</translation>
    </message>
    <message>
        <source>commercial invoice</source>
        <translation>Facture commerciale</translation>
    </message>
    <message>
        <source>valuation sheet</source>
        <translation>Fiche d&apos;évaluation</translation>
    </message>
    <message>
        <source>lot receipt</source>
        <translation>Bon de réception du lot</translation>
    </message>
    <message>
        <source>sorting reconciliation report</source>
        <translation>Rapport de rapprochement du tri</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>? ct</source>
        <translation>? ct</translation>
    </message>
    <message>
        <source>{carats} ct</source>
        <translation>{carats} ct</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj} (copy {copy})</source>
        <translation>{user} a imprimé le document « {document} » de {obj} (copie {copy})</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj}</source>
        <translation>{user} a imprimé le document « {document} » de {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what} {obj}</source>
        <translation>{user} a exporté {what} {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what}</source>
        <translation>{user} a exporté {what}</translation>
    </message>
    <message>
        <source>{sentence}, off balance {balance} (serial {serial})</source>
        <translation>{sentence}, sur la balance {balance} (n° de série {serial})</translation>
    </message>
    <message>
        <source>, {stones} stones</source>
        <translation>, {stones} pierres</translation>
    </message>
    <message>
        <source>, stones not counted</source>
        <translation>, pierres non comptées</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source> (serial {serial})</source>
        <translation> (n° de série {serial})</translation>
    </message>
    <message>
        <source> (serial {serial}), not in the register</source>
        <translation> (n° de série {serial}), absente du registre</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation> : {reason}</translation>
    </message>
    <message>
        <source> from {origins}</source>
        <translation> de {origins}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {declared} declared</source>
        <translation>{user} a reçu le lot {obj}{whence} : {declared} déclarés</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed ({declared} declared){stones}</source>
        <translation>{user} a reçu le lot {obj}{whence} : {weighed} pesés ({declared} déclarés){stones}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed{stones}</source>
        <translation>{user} a reçu le lot {obj}{whence} : {weighed} pesés{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} into {category}{stones}</source>
        <translation>{user} a enregistré l&apos;entrée {entry} : {ct} du lot {obj} en {category}{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} lost to {loss}</source>
        <translation>{user} a enregistré l&apos;entrée {entry} : {ct} du lot {obj} perdus en {loss}</translation>
    </message>
    <message>
        <source>{user} reversed entry {reverses} of lot {obj} (entry {entry}){reason}</source>
        <translation>{user} a contrepassé l&apos;entrée {reverses} du lot {obj} (entrée {entry}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} of {category}){reason}</source>
        <translation>{user} a contrepassé sa propre entrée {reverses} du lot {obj} ({ct} de {category}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} lost to {loss}){reason}</source>
        <translation>{user} a contrepassé sa propre entrée {reverses} du lot {obj} ({ct} perdus en {loss}){reason}</translation>
    </message>
    <message>
        <source>{user} closed the sorting of lot {obj}: {sorted} sorted{lost} of {received} received, a difference of {difference}{accepted}</source>
        <translation>{user} a clôturé le tri du lot {obj} : {sorted} triés{lost} sur {received} reçus, un écart de {difference}{accepted}</translation>
    </message>
    <message>
        <source> and {ct} lost</source>
        <translation> et {ct} perdus</translation>
    </message>
    <message>
        <source> (accepted beyond tolerance{reason})</source>
        <translation> (accepté au-delà de la tolérance{reason})</translation>
    </message>
    <message>
        <source>{user} packed {ct} of {category} into parcel {obj}{stones}{lots}</source>
        <translation>{user} a emballé {ct} de {category} dans le colis {obj}{stones}{lots}</translation>
    </message>
    <message>
        <source> from lot {lots}</source>
        <translation> du lot {lots}</translation>
    </message>
    <message>
        <source>{user} sealed parcel {obj} under KP certificate {cert}: {ct}{stones}, {value}, seals {seals}</source>
        <translation>{user} a scellé le colis {obj} sous le certificat PK {cert} : {ct}{stones}, {value}, scellés {seals}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}, their weights from file {file}</source>
        <translation>{user} a importé {count} entrées de tri depuis {obj}, leurs poids depuis le fichier {file}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}</source>
        <translation>{user} a importé {count} entrées de tri depuis {obj}</translation>
    </message>
    <message>
        <source>{user} shipped parcel {obj}{carrier}{awb}</source>
        <translation>{user} a expédié le colis {obj}{carrier}{awb}</translation>
    </message>
    <message>
        <source> by {carrier}</source>
        <translation> par {carrier}</translation>
    </message>
    <message>
        <source>, air waybill {awb}</source>
        <translation>, lettre de transport aérien {awb}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file} for {to}</source>
        <translation>{user} a exporté le colis {obj} dans un fichier de transfert {file} pour {to}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file}</source>
        <translation>{user} a exporté le colis {obj} dans un fichier de transfert {file}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, class {weight_class}, certificate {certificate}</source>
        <translation>{user} a enregistré le poids étalon {obj} de {nominal}, classe {weight_class}, certificat {certificate}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, certificate {certificate}</source>
        <translation>{user} a enregistré le poids étalon {obj} de {nominal}, certificat {certificate}</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), passed</source>
        <translation>{user} a vérifié la balance {obj} avec {reference} : {read} lus pour {nominal} (à {tolerance} près), réussi</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), FAILED</source>
        <translation>{user} a vérifié la balance {obj} avec {reference} : {read} lus pour {nominal} (à {tolerance} près), ÉCHEC</translation>
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
        <source>{user} changed {obj} from {was} to {role}</source>
        <translation>{user} a fait passer {obj} de {was} à {role}</translation>
    </message>
    <message>
        <source>{user} reactivated {obj}</source>
        <translation>{user} a réactivé {obj}</translation>
    </message>
    <message>
        <source>{user} deactivated {obj}</source>
        <translation>{user} a désactivé {obj}</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj}: {ct}{stones}</source>
        <translation>{user} a pesé le lot {obj} : {ct}{stones}</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj} again: {ct}{stones} (was {previous}{previous_stones}){reason}{cleared}</source>
        <translation>{user} a repesé le lot {obj} : {ct}{stones} (au lieu de {previous}{previous_stones}){reason}{cleared}</translation>
    </message>
    <message>
        <source>{user} accepted the weight difference of lot {obj}{reason}</source>
        <translation>{user} a accepté l&apos;écart de poids du lot {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} created draft parcel {obj} for {importer} ({destination})</source>
        <translation>{user} a créé le brouillon de colis {obj} pour {importer} ({destination})</translation>
    </message>
    <message>
        <source>{user} removed packing {reverses} from parcel {obj}{reason}</source>
        <translation>{user} a retiré l&apos;emballage {reverses} du colis {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the {valuer} valuation of parcel {obj}: {value}</source>
        <translation>{user} a enregistré l&apos;évaluation {valuer} du colis {obj} : {value}</translation>
    </message>
    <message>
        <source>{user} priced {category} in parcel {obj} at {price} per carat{reason}</source>
        <translation>{user} a fixé le prix de {category} dans le colis {obj} à {price} par carat{reason}</translation>
    </message>
    <message>
        <source>{user} added party {obj} in the register</source>
        <translation>{user} a ajouté la partie {obj} au registre</translation>
    </message>
    <message>
        <source>{user} changed party {obj} in the register</source>
        <translation>{user} a modifié la partie {obj} dans le registre</translation>
    </message>
    <message>
        <source>{user} voided parcel {obj}{reason}</source>
        <translation>{user} a annulé le colis {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} imported parcel {parcel} from {sender} as lot {obj}</source>
        <translation>{user} a importé le colis {parcel} de {sender} comme lot {obj}</translation>
    </message>
    <message>
        <source>{user} pinned the transfer key of {obj}</source>
        <translation>{user} a épinglé la clé de transfert de {obj}</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day} (was {was})</source>
        <translation>{user} a fixé le prix de {obj} à {price} par carat à partir du {day} (auparavant {was})</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day}</source>
        <translation>{user} a fixé le prix de {obj} à {price} par carat à partir du {day}</translation>
    </message>
    <message>
        <source>{user} imported {count} prices from {day}</source>
        <translation>{user} a importé {count} prix à partir du {day}</translation>
    </message>
    <message>
        <source>{user} added category {obj}</source>
        <translation>{user} a ajouté la catégorie {obj}</translation>
    </message>
    <message>
        <source>{user} changed the names of {obj} ({languages})</source>
        <translation>{user} a modifié les noms de {obj} ({languages})</translation>
    </message>
    <message>
        <source>{user} cleared the name of {obj} ({language})</source>
        <translation>{user} a effacé le nom de {obj} ({language})</translation>
    </message>
    <message>
        <source>{user} imported {count} names in other languages</source>
        <translation>{user} a importé {count} noms dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>{user} loaded the default assortment ({count} categories)</source>
        <translation>{user} a chargé l&apos;assortiment par défaut ({count} catégories)</translation>
    </message>
    <message>
        <source>{user} imported {count} categories</source>
        <translation>{user} a importé {count} catégories</translation>
    </message>
    <message>
        <source>{user} set up site {obj} ({name}, {country})</source>
        <translation>{user} a créé le site {obj} ({name}, {country})</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos; (was &apos;{was}&apos;)</source>
        <translation>{user} a défini le paramètre {obj} du site à « {value} » (auparavant « {was} »)</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos;</source>
        <translation>{user} a défini le paramètre {obj} du site à « {value} »</translation>
    </message>
    <message>
        <source>{user} made the site key {fingerprint}</source>
        <translation>{user} a créé la clé du site {fingerprint}</translation>
    </message>
    <message>
        <source>{user} gave {obj} the site key</source>
        <translation>{user} a donné la clé du site à {obj}</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp}; was {was_name}, KP {was_kp})</source>
        <translation>{user} a défini le pays {obj} ({name}, PK {kp} ; auparavant {was_name}, PK {was_kp})</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp})</source>
        <translation>{user} a défini le pays {obj} ({name}, PK {kp})</translation>
    </message>
    <message>
        <source>{user} added {role} {obj}</source>
        <translation>{user} a ajouté {obj} ({role})</translation>
    </message>
    <message>
        <source>The right current password was typed to change the password of {user}, and the failed attempts before it cleared</source>
        <translation>Le bon mot de passe actuel a été saisi pour changer le mot de passe de {user}, et les tentatives échouées d&apos;avant effacées</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}, and the user locked</source>
        <translation>Un mot de passe actuel erroné a été saisi pour changer le mot de passe de {user}, et l&apos;utilisateur a été verrouillé</translation>
    </message>
    <message>
        <source>{user} restored backup {obj} over the database SQLite reported damaged ({damaged}): the log now ends at {restored}; the damaged file is kept as {kept}</source>
        <translation>{user} a restauré la sauvegarde {obj} à la place de la base que SQLite signalait endommagée ({damaged}) : le journal s&apos;arrête maintenant à {restored} ; le fichier endommagé est conservé sous le nom {kept}</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}: the log now ends at {restored} (it ended at {replaced}; that log is kept in the backup {kept})</source>
        <translation>{user} a restauré la sauvegarde {obj} : le journal s&apos;arrête maintenant à {restored} (il s&apos;arrêtait à {replaced} ; ce journal est conservé dans la sauvegarde {kept})</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, active</source>
        <translation>{user} a fait de {obj} un {role}, actif</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, inactive</source>
        <translation>{user} a fait de {obj} un {role}, inactif</translation>
    </message>
    <message>
        <source>; the acknowledgement of its earlier weight difference no longer stands</source>
        <translation> ; la reconnaissance de son écart de poids précédent ne vaut plus</translation>
    </message>
    <message>
        <source>{user} acknowledged the weight difference of lot {obj} (declared {declared}, weighed {weighed}){reason}</source>
        <translation>{user} a reconnu l&apos;écart de poids du lot {obj} (déclaré {declared}, pesé {weighed}){reason}</translation>
    </message>
    <message>
        <source>{user} changed the password of {obj}</source>
        <translation>{user} a changé le mot de passe de {obj}</translation>
    </message>
    <message>
        <source>{user} chose the language {language}</source>
        <translation>{user} a choisi la langue {language}</translation>
    </message>
    <message>
        <source>{user} unlocked {obj}</source>
        <translation>{user} a déverrouillé {obj}</translation>
    </message>
    <message>
        <source>{user} signed in</source>
        <translation>{user} s&apos;est connecté</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}</source>
        <translation>Un mot de passe actuel erroné a été saisi pour changer le mot de passe de {user}</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused and the user locked</source>
        <translation>Une connexion en tant que {user} a été refusée et l&apos;utilisateur verrouillé</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused</source>
        <translation>Une connexion en tant que {user} a été refusée</translation>
    </message>
    <message>
        <source>{user} made backup {obj}</source>
        <translation>{user} a fait la sauvegarde {obj}</translation>
    </message>
    <message>
        <source>{user} made backup {obj} (it failed verification)</source>
        <translation>{user} a fait la sauvegarde {obj} (elle a échoué à la vérification)</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}</source>
        <translation>{user} a restauré la sauvegarde {obj}</translation>
    </message>
    <message>
        <source>{user} verified the audit chain</source>
        <translation>{user} a vérifié la chaîne du journal d&apos;audit</translation>
    </message>
    <message>
        <source>{user} registered balance {obj} (serial {serial})</source>
        <translation>{user} a enregistré la balance {obj} (n° de série {serial})</translation>
    </message>
    <message>
        <source>{user} changed balance {obj}: {changed}{reason}</source>
        <translation>{user} a modifié la balance {obj} : {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the calibration of balance {obj} on {day} by {by}, next due {due}</source>
        <translation>{user} a enregistré l&apos;étalonnage de la balance {obj} le {day} par {by}, prochain le {due}</translation>
    </message>
    <message>
        <source>{user} changed reference weight {obj}: {changed}{reason}</source>
        <translation>{user} a modifié le poids étalon {obj} : {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} zeroed balance {obj}{adjusted}</source>
        <translation>{user} a mis à zéro la balance {obj}{adjusted}</translation>
    </message>
    <message>
        <source>{user} tared balance {obj}{adjusted}</source>
        <translation>{user} a taré la balance {obj}{adjusted}</translation>
    </message>
    <message>
        <source>holds text that is not UTF-8 (changed outside sortapp)</source>
        <translation>contient du texte qui n&apos;est pas en UTF-8 (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>... and {count} more {what}</source>
        <translation>... et {count} de plus ({what})</translation>
    </message>
    <message>
        <source>SQLite integrity check: {found}</source>
        <translation>contrôle d&apos;intégrité SQLite : {found}</translation>
    </message>
    <message>
        <source>SQLite foreign key check: rows point at missing rows</source>
        <translation>contrôle des clés étrangères SQLite : des lignes pointent vers des lignes absentes</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is missing (dropped outside sortapp)</source>
        <translation>schéma : {kind} {name} manque (supprimé hors de sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is not sortapp&apos;s (added outside sortapp)</source>
        <translation>schéma : {kind} {name} n&apos;est pas de sortapp (ajouté hors de sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} differs from sortapp&apos;s (altered outside sortapp)</source>
        <translation>schéma : {kind} {name} diffère de celui de sortapp (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>schema: its recorded version or migrations differ from sortapp&apos;s</source>
        <translation>schéma : sa version ou ses migrations enregistrées diffèrent de celles de sortapp</translation>
    </message>
    <message>
        <source>rows changed outside sortapp</source>
        <translation>lignes modifiées hors de sortapp</translation>
    </message>
    <message>
        <source>user {name}: {state} that no signed user.add or user.set gave (added, renamed or changed outside sortapp)</source>
        <translation>utilisateur {name} : {state} qu&apos;aucun user.add ou user.set signé n&apos;a donné (ajouté, renommé ou modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>user {name}: {state} is not what the audit log gave them (changed outside sortapp; its last signed user.add or user.set gave {given})</source>
        <translation>utilisateur {name} : {state} n&apos;est pas ce que le journal d&apos;audit lui a donné (modifié hors de sortapp ; son dernier user.add ou user.set signé donnait : {given})</translation>
    </message>
    <message>
        <source>user {name}: their name is on users row {key}, not on row {given} that the signed user.add or user.set gave it (names swapped or changed outside sortapp)</source>
        <translation>utilisateur {name} : son nom est sur la ligne {key} de users, pas sur la ligne {given} que le user.add ou user.set signé lui a donnée (noms échangés ou modifiés hors de sortapp)</translation>
    </message>
    <message>
        <source>role {role}</source>
        <translation>rôle {role}</translation>
    </message>
    <message>
        <source>role {role} (inactive)</source>
        <translation>rôle {role} (inactif)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its record of changed rows is not readable</source>
        <translation>entrée d&apos;audit {uid} : son relevé des lignes modifiées est illisible</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp before audit entry {uid}</source>
        <translation>{name} : modifiée hors de sortapp avant l&apos;entrée d&apos;audit {uid}</translation>
    </message>
    <message>
        <source>{name}: audit entry {uid} records a change sortapp never makes to such rows (a forged entry)</source>
        <translation>{name} : l&apos;entrée d&apos;audit {uid} enregistre une modification que sortapp n&apos;apporte jamais à de telles lignes (entrée falsifiée)</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name}: added outside sortapp</source>
        <translation>{name} : ajoutée hors de sortapp</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp</source>
        <translation>{name} : modifiée hors de sortapp</translation>
    </message>
    <message>
        <source>{name}: deleted outside sortapp</source>
        <translation>{name} : supprimée hors de sortapp</translation>
    </message>
    <message>
        <source>audit entry {uid} ({action} {obj} by {user})</source>
        <translation>entrée d&apos;audit {uid} ({action} {obj} par {user})</translation>
    </message>
    <message>
        <source>{what}: a supervisor&apos;s or admin&apos;s action (or a change only they may make) without the site key&apos;s signature (appended outside sortapp, or taken by a user who does not hold the key)</source>
        <translation>{what} : une action de superviseur ou d&apos;administrateur (ou une modification qu&apos;eux seuls peuvent faire) sans la signature de la clé du site (ajoutée hors de sortapp, ou faite par un utilisateur qui ne détient pas la clé)</translation>
    </message>
    <message>
        <source>{what}: its signature is not the site key&apos;s (forged)</source>
        <translation>{what} : sa signature n&apos;est pas celle de la clé du site (falsifiée)</translation>
    </message>
    <message>
        <source>unsigned or forged entries</source>
        <translation>entrées non signées ou falsifiées</translation>
    </message>
    <message>
        <source>{table} row {key} ({what} {label})</source>
        <translation>ligne {key} de {table} ({what} {label})</translation>
    </message>
    <message>
        <source>{table} row {key}</source>
        <translation>ligne {key} de {table}</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>entrée d&apos;audit {uid} : son id est inférieur au premier (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>écriture du grand livre {uid} : son id est inférieur au premier (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>entrée de tri {uid} : son id est inférieur au premier (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: moves goods as no entry of its kind does (from or to the world, another lot, category or parcel, or the wrong way; appended outside sortapp)</source>
        <translation>écriture du grand livre {uid} : déplace des marchandises comme aucune écriture de son type ne le fait (depuis ou vers l&apos;extérieur, un autre lot, une autre catégorie ou un autre colis, ou dans le mauvais sens ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}</source>
        <translation>entrée de tri {uid}</translation>
    </message>
    <message>
        <source>sorting entries {first}..{last}</source>
        <translation>entrées de tri {first}..{last}</translation>
    </message>
    <message>
        <source>audit entry {uid}: an import of a sorting file that does not say which entries it made, as sortapp writes it (forged)</source>
        <translation>entrée d&apos;audit {uid} : un import de fichier de tri qui ne dit pas, comme sortapp l&apos;écrit, quelles entrées il a faites (falsifiée)</translation>
    </message>
    <message>
        <source>{entries}: do not match the audit log of their import</source>
        <translation>{entries} : ne correspondent pas au journal d&apos;audit de leur import</translation>
    </message>
    <message>
        <source>audit entry {uid}: imports {entries}, which are not new entries (made before the import, or not there)</source>
        <translation>entrée d&apos;audit {uid} : importe {entries}, qui ne sont pas de nouvelles entrées (faites avant l&apos;import, ou absentes)</translation>
    </message>
    <message>
        <source>audit entries {one} and {other}: both import {entries}</source>
        <translation>entrées d&apos;audit {one} et {other} : importent toutes deux {entries}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded both as typed and in the import of a file (audit entry {audit}); one of the two audit entries is forged</source>
        <translation>entrée de tri {uid} : enregistrée à la fois comme saisie et dans l&apos;import d&apos;un fichier (entrée d&apos;audit {audit}) ; l&apos;une des deux entrées d&apos;audit est falsifiée</translation>
    </message>
    <message>
        <source>{count} more sorting entries recorded both as typed and in the import of a file</source>
        <translation>{count} entrées de tri de plus enregistrées à la fois comme saisies et dans l&apos;import d&apos;un fichier</translation>
    </message>
    <message>
        <source>{row} ({entries}, from file {file})</source>
        <translation>{row} ({entries}, du fichier {file})</translation>
    </message>
    <message>
        <source>{one} (file {file}) and {other} (file {other_file}): both claim sorting entry {uid}</source>
        <translation>{one} (fichier {file}) et {other} (fichier {other_file}) : revendiquent toutes deux l&apos;entrée de tri {uid}</translation>
    </message>
    <message>
        <source>{entries}: imported from file {file}, whose weights they have, yet with weighings of their own: {n} (one or the other was added outside sortapp)</source>
        <translation>{entries} : importées du fichier {file}, dont elles ont les poids, et pourtant avec des pesées propres : {n} (l&apos;une ou l&apos;autre a été ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>audit entries below the first</source>
        <translation>entrées d&apos;audit sous le premier id</translation>
    </message>
    <message>
        <source>ledger entries below the first</source>
        <translation>écritures du grand livre sous le premier id</translation>
    </message>
    <message>
        <source>sorting entries below the first</source>
        <translation>entrées de tri sous le premier id</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses id {reverses}, which is no ledger entry (changed outside sortapp)</source>
        <translation>écriture du grand livre {uid} : contrepasse l&apos;id {reverses}, qui n&apos;est pas une écriture du grand livre (modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses id {reverses}, which is no sorting entry (changed outside sortapp)</source>
        <translation>entrée de tri {uid} : contrepasse l&apos;id {reverses}, qui n&apos;est pas une entrée de tri (modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses ledger entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>écriture du grand livre {uid} : contrepasse l&apos;écriture du grand livre {reversed} d&apos;id {reverses}, inférieur au premier (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses sorting entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>entrée de tri {uid} : contrepasse l&apos;entrée de tri {reversed} d&apos;id {reverses}, inférieur au premier (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entries reversing none</source>
        <translation>écritures du grand livre ne contrepassant rien</translation>
    </message>
    <message>
        <source>sorting entries reversing none</source>
        <translation>entrées de tri ne contrepassant rien</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id {number} follows a gap in the ids (sortapp numbers audit entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>entrée d&apos;audit {uid} : son id {number} suit un trou dans les id (sortapp numérote les entrées d&apos;audit à la suite : ajoutée hors de sortapp, ou les précédentes supprimées)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id {number} follows a gap in the ids (sortapp numbers ledger entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>écriture du grand livre {uid} : son id {number} suit un trou dans les id (sortapp numérote les écritures du grand livre à la suite : ajoutée hors de sortapp, ou les précédentes supprimées)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id {number} follows a gap in the ids (sortapp numbers sorting entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>entrée de tri {uid} : son id {number} suit un trou dans les id (sortapp numérote les entrées de tri à la suite : ajoutée hors de sortapp, ou les précédentes supprimées)</translation>
    </message>
    <message>
        <source>audit entries after a gap in the ids</source>
        <translation>entrées d&apos;audit après un trou dans les id</translation>
    </message>
    <message>
        <source>users: their roles, active flags and names cannot be checked against the signed user.add and user.set entries: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>utilisateurs : leurs rôles, indicateurs d&apos;activité et noms ne peuvent pas être vérifiés au regard des entrées user.add et user.set signées : la clé du site ({row}) est illisible (modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>user {name}: holds the site key though the signed entries make them {state} (given it outside sortapp)</source>
        <translation>utilisateur {name} : détient la clé du site alors que les entrées signées lui donnent : {state} (donnée hors de sortapp)</translation>
    </message>
    <message>
        <source>signed entries: their signatures cannot be checked: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>entrées signées : leurs signatures ne peuvent pas être vérifiées : la clé du site ({row}) est illisible (modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entries after a gap in the ids</source>
        <translation>écritures du grand livre après un trou dans les id</translation>
    </message>
    <message>
        <source>sorting entries after a gap in the ids</source>
        <translation>entrées de tri après un trou dans les id</translation>
    </message>
    <message>
        <source>audit entry {uid}: {problem}</source>
        <translation>entrée d&apos;audit {uid} : {problem}</translation>
    </message>
    <message>
        <source>audit entry {uid}: the chain is broken (previous hash does not match)</source>
        <translation>entrée d&apos;audit {uid} : la chaîne est rompue (le hachage précédent ne correspond pas)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its content does not match its hash</source>
        <translation>entrée d&apos;audit {uid} : son contenu ne correspond pas à son hachage</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entrées d&apos;audit</translation>
    </message>
    <message>
        <source>audit entry {uid}: its uid is not that of its place in the log (written outside sortapp: sortapp&apos;s next entry under that uid would be refused)</source>
        <translation>entrée d&apos;audit {uid} : son identifiant n&apos;est pas celui de sa place dans le journal (écrite hors de sortapp : la prochaine entrée de sortapp sous cet identifiant serait refusée)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: {problem} (its own or a row&apos;s it names)</source>
        <translation>écriture du grand livre {uid} : {problem} (elle-même ou une ligne qu&apos;elle nomme)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its lines do not match its hash</source>
        <translation>écriture du grand livre {uid} : ses lignes ne correspondent pas à son hachage</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>écritures du grand livre</translation>
    </message>
    <message>
        <source>ledger entry {uid}: not recorded as such in the audit log</source>
        <translation>écriture du grand livre {uid} : pas enregistrée comme telle dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>ledger entry {uid}: in the audit log but missing from the ledger</source>
        <translation>écriture du grand livre {uid} : dans le journal d&apos;audit mais absente du grand livre</translation>
    </message>
    <message>
        <source>ledger: {bad} audit records name ledger entries that differ from them</source>
        <translation>grand livre : {bad} enregistrements d&apos;audit nomment des écritures du grand livre qui en diffèrent</translation>
    </message>
    <message>
        <source>ledger entry {uid}: carats or stones do not balance</source>
        <translation>écriture du grand livre {uid} : carats ou pierres non équilibrés</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>écriture du grand livre {uid} : contrepassée deux fois (sortapp ne contrepasse une écriture qu&apos;une fois ; modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: a second closing of its lot&apos;s sorting (a lot is closed once; appended outside sortapp)</source>
        <translation>écriture du grand livre {uid} : une seconde clôture du tri de son lot (un lot n&apos;est clôturé qu&apos;une fois ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: in the audit log but not stored</source>
        <translation>entrée de tri {uid} : dans le journal d&apos;audit mais pas enregistrée</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not match the audit log</source>
        <translation>entrée de tri {uid} : ne correspond pas au journal d&apos;audit</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>entrée de tri {uid} : contrepassée deux fois (sortapp ne contrepasse une entrée qu&apos;une fois ; modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: {problem}</source>
        <translation>entrée de tri {uid} : {problem}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: a loss with stones (sortapp weighs a loss, never counts it: counted stones written off as one; added outside sortapp)</source>
        <translation>entrée de tri {uid} : une perte avec des pierres (sortapp pèse une perte, ne la compte jamais : des pierres comptées passées en perte ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes stones off without reversing an entry (sortapp takes stones off only by a correction; added outside sortapp)</source>
        <translation>entrée de tri {uid} : retire des pierres sans contrepasser une entrée (sortapp ne retire des pierres que par une correction ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: no stones of its size class could weigh its carats as counted (sortapp refuses such goods; added outside sortapp)</source>
        <translation>entrée de tri {uid} : aucune pierre de sa classe de taille ne pourrait peser ses carats ainsi comptés (sortapp refuse une telle marchandise ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: of a sorting entry that is not there (written outside sortapp: sortapp&apos;s entry of that id would be refused)</source>
        <translation>pesée n° {id} : d&apos;une entrée de tri qui n&apos;existe pas (écrite hors de sortapp : l&apos;entrée de sortapp de cet identifiant serait refusée)</translation>
    </message>
    <message>
        <source>{what}: signed by {user}, whom the signed user.add and user.set entries had made {state} then (their user row changed outside sortapp for the moment)</source>
        <translation>{what} : signé par {user}, à qui les entrées signées user.add et user.set avaient alors donné {state} (sa ligne d&apos;utilisateur modifiée hors de sortapp pour le moment)</translation>
    </message>
    <message>
        <source>{what}: imported as signed with the key pinned for {sender} ({key}), but the key the signed pinnings had pinned for {sender} then was {pinned} (the pin changed outside sortapp for the import)</source>
        <translation>{what} : importé comme signé avec la clé épinglée pour {sender} ({key}), mais la clé que les épinglages signés avaient alors épinglée pour {sender} était {pinned} (l&apos;épinglage modifié hors de sortapp pour l&apos;importation)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>transfer files imported under a pin changed outside sortapp</source>
        <translation>fichiers de transfert importés sous un épinglage modifié hors de sortapp</translation>
    </message>
    <message>
        <source>sorting entries: {stored} stored, {recorded} in the audit log</source>
        <translation>entrées de tri : {stored} enregistrées, {recorded} dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>sorting entries</source>
        <translation>entrées de tri</translation>
    </message>
    <message>
        <source>weighings</source>
        <translation>pesées</translation>
    </message>
    <message>
        <source>sorting entry {uid}: specials not recorded one counted stone an entry (sortapp records each special alone; added outside sortapp)</source>
        <translation>entrée de tri {uid} : pierres spéciales non enregistrées à une pierre comptée par entrée (sortapp enregistre chaque pierre spéciale seule ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: goods counted as no stones (sortapp records goods it did not count as not counted; added outside sortapp)</source>
        <translation>entrée de tri {uid} : marchandise comptée comme zéro pierre (sortapp enregistre une marchandise non comptée comme non comptée ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>{name}: no import of a sorting file records it (added outside sortapp, or recorded by a forged audit entry)</source>
        <translation>{name} : aucun import de fichier de tri ne l&apos;enregistre (ajoutée hors de sortapp, ou enregistrée par une entrée d&apos;audit falsifiée)</translation>
    </message>
    <message>
        <source>{name}: differs from the import that records it (audit entry {uid})</source>
        <translation>{name} : diffère de l&apos;import qui l&apos;enregistre (entrée d&apos;audit {uid})</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes {ct} ct off but reverses no entry</source>
        <translation>entrée de tri {uid} : retire {ct} ct mais ne contrepasse aucune entrée</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as {action} but reverses no entry</source>
        <translation>entrée de tri {uid} : enregistrée comme {action} mais ne contrepasse aucune entrée</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but is recorded as {action} (a reversal is recorded as sort.correct or sort.undo)</source>
        <translation>entrée de tri {uid} : contrepasse l&apos;entrée {reversed} mais est enregistrée comme {action} (une contrepassation s&apos;enregistre comme sort.correct ou sort.undo)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but no sort.correct or sort.undo records it</source>
        <translation>entrée de tri {uid} : contrepasse l&apos;entrée {reversed} mais aucun sort.correct ou sort.undo ne l&apos;enregistre</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not exactly reverse entry {reversed} (the same lot, category or loss and stones counted; its carats and stones negated)</source>
        <translation>entrée de tri {uid} : ne contrepasse pas exactement l&apos;entrée {reversed} (même lot, même catégorie ou perte et même comptage des pierres ; ses carats et pierres de signe opposé)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entered by {author}</source>
        <translation>entrée de tri {uid} : enregistrée comme sort.undo par {undoer}, mais saisie par {author}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entry {reversed} was made by {owner} (an operator undoes only their own entry)</source>
        <translation>entrée de tri {uid} : enregistrée comme sort.undo par {undoer}, mais l&apos;entrée {reversed} a été faite par {owner} (un opérateur n&apos;annule que sa propre entrée)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo without a reason</source>
        <translation>entrée de tri {uid} : enregistrée comme sort.undo sans motif</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo of entry {reversed}, which was not the last entry of lot {lot} then (anything older needs a supervisor&apos;s signed sort.correct)</source>
        <translation>entrée de tri {uid} : enregistrée comme sort.undo de l&apos;entrée {reversed}, qui n&apos;était pas alors la dernière entrée du lot {lot} (toute entrée plus ancienne exige un sort.correct signé d&apos;un superviseur)</translation>
    </message>
    <message>
        <source>balance {key}: differs from the sum of its ledger lines</source>
        <translation>solde {key} : diffère de la somme de ses lignes du grand livre</translation>
    </message>
    <message>
        <source>balances: the stored balances do not add up to the ledger</source>
        <translation>soldes : les soldes enregistrés ne concordent pas avec le grand livre</translation>
    </message>
    <message>
        <source>balance {key}: negative ({mct} mct, {stones} stones)</source>
        <translation>solde {key} : négatif ({mct} mct, {stones} pierres)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed carats differ from the carats received in the ledger</source>
        <translation>lot {lot} : les carats pesés diffèrent des carats reçus au grand livre</translation>
    </message>
    <message>
        <source>lot {lot}: its kept sorting total differs from its sorting entries</source>
        <translation>lot {lot} : son total de tri conservé diffère de ses entrées de tri</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>lignes de stock</translation>
    </message>
    <message>
        <source>lot {lot}: closed, but goods still wait for sorting</source>
        <translation>lot {lot} : clos, mais des marchandises attendent encore le tri</translation>
    </message>
    <message>
        <source>parcel {parcel}: its goods are not where its status says</source>
        <translation>colis {parcel} : ses marchandises ne sont pas là où son statut l&apos;indique</translation>
    </message>
    <message>
        <source>ledger: all lines add up to {total} mct instead of 0</source>
        <translation>grand livre : toutes les lignes totalisent {total} mct au lieu de 0</translation>
    </message>
    <message>
        <source>ledger: its table holds {held} lines, the ledger entries {read} (a line outside every entry, or an index edited or damaged: a full verify, index by index, names the rows)</source>
        <translation>grand livre : sa table contient {held} lignes, les écritures {read} (une ligne hors de toute écriture, ou un index modifié ou endommagé : une vérification complète, index par index, nomme les lignes)</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed carats</source>
        <translation>colis {parcel} : le grand livre ne contient pas les carats scellés</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed stones</source>
        <translation>colis {parcel} : le grand livre ne contient pas les pierres scellées</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger holds other goods in it than its sealed lines (another lot or category)</source>
        <translation>colis {parcel} : le grand livre y contient d&apos;autres marchandises que ses lignes scellées (un autre lot ou une autre catégorie)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its data do not match its sealed fingerprint</source>
        <translation>colis {parcel} : ses données ne correspondent pas à son empreinte scellée</translation>
    </message>
    <message>
        <source>the other checks were not run: the schema must be sortapp&apos;s first</source>
        <translation>les autres contrôles n&apos;ont pas été faits : le schéma doit d&apos;abord être celui de sortapp</translation>
    </message>
    <message>
        <source>printed marks</source>
        <translation>marques imprimées</translation>
    </message>
    <message>
        <source>no seal recorded: the file was written to while it was verified (the next verify makes one)</source>
        <translation>aucun sceau enregistré : le fichier a été modifié pendant la vérification (la prochaine vérification en fera un)</translation>
    </message>
    <message>
        <source>checkpoint problems</source>
        <translation>problèmes de points de contrôle</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of the file ({error}): the checks that read it were not run to the end; restore the last good backup</source>
        <translation>SQLite ne peut pas lire une partie du fichier ({error}) : les contrôles qui la lisent n&apos;ont pas été menés à leur terme ; restaurez la dernière bonne sauvegarde</translation>
    </message>
    <message>
        <source>limit: {limit} is not a number of entries from 0 to {most}</source>
        <translation>limite : {limit} n&apos;est pas un nombre d&apos;entrées de 0 à {most}</translation>
    </message>
    <message>
        <source>offset: {offset} is not a number of entries from 0 to {most}</source>
        <translation>décalage : {offset} n&apos;est pas un nombre d&apos;entrées de 0 à {most}</translation>
    </message>
    <message>
        <source>lot {lot}: received again by a later lot.receive entry (sortapp receives a lot once; appended outside sortapp)</source>
        <translation>lot {lot} : reçu de nouveau par une entrée lot.receive postérieure (sortapp reçoit un lot une seule fois ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again by an entry no supervisor signed (appended outside sortapp)</source>
        <translation>lot {lot} : pesé à nouveau par une entrée qu&apos;aucun superviseur n&apos;a signée (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a {action} entry after its seal (sortapp values and prices a parcel before it is sealed; appended outside sortapp)</source>
        <translation>colis {parcel} : une entrée {action} après son scellement (sortapp évalue et fixe les prix d&apos;un colis avant qu&apos;il soit scellé ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a later {action} entry records it again (sortapp does that once; appended outside sortapp)</source>
        <translation>colis {parcel} : une entrée {action} postérieure l&apos;enregistre de nouveau (sortapp le fait une seule fois ; ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no lot.receive entry received it under this number (added or renamed outside sortapp)</source>
        <translation>lot {lot} : aucune entrée lot.receive ne l&apos;a reçu sous ce numéro (ajouté ou renuméroté hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are stated by none of its entries (its receipt&apos;s weight left out of it, or changed outside sortapp)</source>
        <translation>lot {lot} : ses carats pesés ne sont indiqués par aucune de ses entrées (le poids omis de sa réception, ou modifiés hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no origin recorded (sortapp receives a lot with its origins; added outside sortapp)</source>
        <translation>lot {lot} : aucune origine enregistrée (sortapp reçoit un lot avec ses origines ; ajouté hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed stones are not those its weighings stated (changed outside sortapp)</source>
        <translation>lot {lot} : ses pierres pesées ne sont pas celles qu&apos;indiquent ses pesées (modifiées hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed by its {action} entry, which records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>lot {lot} : pesé par son entrée {action}, qui n&apos;enregistre aucune pesée (sortapp enregistre la provenance de chaque poids ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again after its sorting began (sortapp weighs a lot again only before its first sorting entry; its entries or its status written around sortapp)</source>
        <translation>lot {lot} : repesé après le début de son tri (sortapp ne repèse un lot qu&apos;avant sa première entrée de tri ; ses entrées ou son statut écrits en contournant sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is recorded by none of its receipt, weighing or reweighing entries (added outside sortapp)</source>
        <translation>lot {lot} : sa pesée n° {id} n&apos;est enregistrée par aucune de ses entrées de réception, de pesée ou de repesée (ajoutée hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states no carats (written outside sortapp)</source>
        <translation>lot {lot} : sa pesée n° {id} indique {ct} ct, mais l&apos;entrée qui l&apos;a enregistrée n&apos;indique aucun carat (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states {stated} ct (written outside sortapp)</source>
        <translation>lot {lot} : sa pesée n° {id} indique {ct} ct, mais l&apos;entrée qui l&apos;a enregistrée indique {stated} ct (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is dated {at}, but the entry that recorded it is dated {entry_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>lot {lot} : sa pesée n° {id} est datée du {at}, mais l&apos;entrée qui l&apos;a enregistrée est datée du {entry_at} (sortapp écrit les deux à la fois ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its recorded facts ({columns}) are not those its lot.receive entry recorded (changed outside sortapp)</source>
        <translation>lot {lot} : ses données enregistrées ({columns}) ne sont pas celles qu&apos;a enregistrées son entrée lot.receive (modifiées hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are not those its last weighing recorded (changed outside sortapp)</source>
        <translation>lot {lot} : ses carats pesés ne sont pas ceux qu&apos;a enregistrés sa dernière pesée (modifiés hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight flag is not what its weighing against the declared carats made it (changed outside sortapp)</source>
        <translation>lot {lot} : son signalement de poids n&apos;est pas celui qu&apos;a donné sa pesée face aux carats déclarés (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight difference&apos;s acknowledgement is not what its last signed lot.acknowledge or lot.reweigh left (changed outside sortapp)</source>
        <translation>lot {lot} : la validation de son écart de poids n&apos;est pas ce qu&apos;a laissé son dernier lot.acknowledge ou lot.reweigh signé (modifiée hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed, though no supervisor acknowledged its weight difference (closed outside sortapp&apos;s rules)</source>
        <translation>lot {lot} : son tri a été clôturé, bien qu&apos;aucun superviseur n&apos;ait validé son écart de poids (clôturé hors des règles de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: {status}, though the ledger holds the closing of its sorting (its status set back outside sortapp)</source>
        <translation>lot {lot} : {status}, alors que le grand livre contient la clôture de son tri (son statut ramené en arrière hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: sorted, though the ledger holds no closing of its sorting (changed outside sortapp)</source>
        <translation>lot {lot} : trié, alors que le grand livre ne contient aucune clôture de son tri (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a difference beyond the tolerance then in effect by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>lot {lot} : son tri a été clôturé avec un écart au-delà de la tolérance alors en vigueur par une entrée qu&apos;aucun superviseur n&apos;a signée (ajoutée hors de sortapp, ou son acceptation falsifiée)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a stone difference by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>lot {lot} : son tri a été clôturé avec un écart de pierres par une entrée qu&apos;aucun superviseur n&apos;a signée (ajoutée hors de sortapp, ou son acceptation falsifiée)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting&apos;s difference was accepted by {user}, who entered results of the lot (two-person rule: accepted by another supervisor only; its entries or its acceptance written around sortapp)</source>
        <translation>lot {lot} : l&apos;écart de son tri a été accepté par {user}, qui a saisi des résultats du lot (règle des deux personnes : accepté par un autre superviseur seulement ; ses entrées ou son acceptation écrites en contournant sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its KP certificate is not the one its signed parcel.seal named, or it has one though none sealed it (changed outside sortapp)</source>
        <translation>colis {parcel} : son certificat KP n&apos;est pas celui que son parcel.seal signé a nommé, ou il en a un alors qu&apos;aucun scellement ne l&apos;a fait (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a carrier, an air waybill or a time of shipping, though no signed parcel.ship shipped it (changed outside sortapp)</source>
        <translation>colis {parcel} : un transporteur, une lettre de transport aérien ou une heure d&apos;expédition, alors qu&apos;aucun parcel.ship signé ne l&apos;a expédié (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: {status}, but its last signed parcel.seal, parcel.ship or parcel.void made it {expected} (changed outside sortapp)</source>
        <translation>colis {parcel} : {status}, mais son dernier parcel.seal, parcel.ship ou parcel.void signé l&apos;a rendu {expected} (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its fingerprint is not the one its signed parcel.seal recorded (changed outside sortapp)</source>
        <translation>colis {parcel} : son empreinte n&apos;est pas celle qu&apos;a enregistrée son parcel.seal signé (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: shipped, but its time of shipping is gone (changed outside sortapp)</source>
        <translation>colis {parcel} : expédié, mais son heure d&apos;expédition a disparu (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its carrier or air waybill is not what its signed parcel.ship recorded (changed outside sortapp)</source>
        <translation>colis {parcel} : son transporteur ou sa lettre de transport aérien n&apos;est pas ce qu&apos;a enregistré son parcel.ship signé (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its reason for voiding is not the one its signed parcel.void recorded (changed outside sortapp)</source>
        <translation>colis {parcel} : son motif d&apos;annulation n&apos;est pas celui qu&apos;a enregistré son parcel.void signé (modifié hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>entrée de tri {uid} : n&apos;enregistre aucune pesée (sortapp enregistre la provenance de chaque poids ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: dated {at}, but {what} it weighed is dated {record_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>pesée n° {id} : datée du {at}, mais {what} qu&apos;elle a pesée est datée du {record_at} (sortapp écrit les deux à la fois ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: its weighing #{id} says {ct} ct, but {recorded} ct is recorded (sortapp records the weight it took; written outside sortapp)</source>
        <translation>{what} : sa pesée n° {id} indique {ct} ct, mais {recorded} ct sont enregistrés (sortapp enregistre le poids qu&apos;il a pris ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: typed by hand at {at}, when this site took weights from the balance only (sortapp refuses a typed weight then; written outside sortapp)</source>
        <translation>{what} : saisi à la main à {at}, alors que ce site ne prenait les poids que de la balance (sortapp refuse alors un poids saisi ; écrit hors de sortapp)</translation>
    </message>
    <message>
        <source>sorting entries {first} to {last}: imported from file {file}, whose weights were typed, while this site took weights from the balance only (sortapp refuses such a file then; written outside sortapp)</source>
        <translation>entrées de tri {first} à {last} : importées du fichier {file}, dont les poids étaient saisis, alors que ce site ne prenait les poids que de la balance (sortapp refuse alors un tel fichier ; écrites hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: records the capture weighing #{other} records (one reading off the balance is one weight; written outside sortapp)</source>
        <translation>pesée n° {id} : enregistre la capture qu&apos;enregistre la pesée n° {other} (une lecture de la balance est un seul poids ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: records no capture off the balance (sortapp checks a balance with a reading captured off it; written outside sortapp)</source>
        <translation>vérification n° {id} de la balance {balance} : n&apos;enregistre aucune capture sur la balance (sortapp vérifie une balance avec une lecture capturée sur elle ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: recorded at {at}, on the site&apos;s day {judged}, yet said to be of {day} (written outside sortapp)</source>
        <translation>vérification n° {id} de la balance {balance} : enregistrée à {at}, le jour du site {judged}, mais dite du {day} (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id}</source>
        <translation>vérification de balance n° {id}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>{what} (weighing #{id})</source>
        <translation>{what} (pesée n° {id})</translation>
    </message>
    <message>
        <source>{what}: the reading captured off balance {balance} (&apos;{reading}&apos;) is not the {ct} ct recorded (written outside sortapp)</source>
        <translation>{what} : la lecture capturée sur la balance {balance} (« {reading} ») n&apos;est pas les {ct} ct enregistrés (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: the line balance {balance} sent (&apos;{raw}&apos;) does not read {ct} ct with any protocol it was registered with (written outside sortapp)</source>
        <translation>{what} : la ligne envoyée par la balance {balance} (« {raw} ») ne se lit {ct} ct avec aucun des protocoles sous lesquels elle a été enregistrée (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} on port &apos;{port}&apos;, which it was never registered on (written outside sortapp)</source>
        <translation>{what} : capturé sur la balance {balance} par le port « {port} », sous lequel elle n&apos;a jamais été enregistrée (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: {ct} ct captured off balance {balance}, outside every load range it was registered with (sortapp takes no weight below a balance&apos;s minimum load or above its maximum; written outside sortapp)</source>
        <translation>{what} : {ct} ct capturés sur la balance {balance}, hors de toute plage de charge sous laquelle elle a été enregistrée (sortapp ne prend aucun poids sous la charge minimale d&apos;une balance ni au-dessus de sa charge maximale ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: balance {balance}&apos;s line (&apos;{raw}&apos;) marks its last digit as not verified, and the balance was registered as verified for trade throughout (written outside sortapp)</source>
        <translation>{what} : la ligne de la balance {balance} (« {raw} ») marque son dernier chiffre comme non vérifié, et la balance a toujours été enregistrée comme vérifiée pour le commerce (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} at &apos;{captured}&apos;, not within the 10 minutes before it was recorded at {at} (written outside sortapp)</source>
        <translation>{what} : capturé sur la balance {balance} à « {captured} », pas dans les 10 minutes avant son enregistrement à {at} (écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, when its calibration was due on {due} (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesée n° {id} : capturée sur la balance {balance} le {day}, alors que son étalonnage était échu le {due} (sortapp bloque alors la capture ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} before any calibration of it was recorded (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesée n° {id} : capturée sur la balance {balance} avant qu&apos;aucun étalonnage n&apos;en soit enregistré (sortapp bloque alors la capture ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, which had not passed its daily check that day (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesée n° {id} : capturée sur la balance {balance} le {day}, qui n&apos;avait pas réussi sa vérification quotidienne ce jour-là (sortapp bloque alors la capture ; écrite hors de sortapp)</translation>
    </message>
    <message>
        <source>these figures differ from the ones {by} exported on {at}: something dated within the period was recorded since; export them again and send the amended figures to the KP authority</source>
        <translation>ces chiffres diffèrent de ceux que {by} a exportés le {at} : quelque chose daté dans la période a été enregistré depuis ; exportez-les à nouveau et envoyez les chiffres rectifiés à l&apos;autorité PK</translation>
    </message>
    <message>
        <source>{what} is dated {day}, within {first} to {last}, whose KP statistics {by} exported on {at}: they change; export them again and send the amended figures to the KP authority (or tell a supervisor)</source>
        <translation>{what} : date du {day}, entre le {first} et le {last}, période dont {by} a exporté les statistiques PK le {at} : elles changent ; exportez-les à nouveau et envoyez les chiffres rectifiés à l&apos;autorité PK (ou prévenez un superviseur)</translation>
    </message>
</context>
</TS>

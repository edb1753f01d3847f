<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>disconnected: reconnecting in {delay} s</source>
        <translation>déconnectée : reconnexion dans {delay} s</translation>
    </message>
    <message>
        <source>the balance is not connected: check its cable and power</source>
        <translation>la balance n&apos;est pas connectée : vérifiez son câble et son alimentation</translation>
    </message>
    <message>
        <source>the balance gave no stable reading</source>
        <translation>la balance n&apos;a donné aucune lecture stable</translation>
    </message>
    <message>
        <source>the balance was lost: {error}</source>
        <translation>la balance a été perdue : {error}</translation>
    </message>
    <message>
        <source>Not zeroed: the balance is not connected.</source>
        <translation>Pas de remise à zéro : la balance n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>The balance refused to zero: {error}.</source>
        <translation>La balance a refusé la remise à zéro : {error}.</translation>
    </message>
    <message>
        <source>Not zeroed: the balance was lost ({error}).</source>
        <translation>Pas de remise à zéro : la balance a été perdue ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} zeroed.</source>
        <translation>Balance {code} remise à zéro.</translation>
    </message>
    <message>
        <source>Not tared: the balance is not connected.</source>
        <translation>Pas de tare : la balance n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>The balance refused to tare: {error}.</source>
        <translation>La balance a refusé la tare : {error}.</translation>
    </message>
    <message>
        <source>Not tared: the balance was lost ({error}).</source>
        <translation>Pas de tare : la balance a été perdue ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} tared.</source>
        <translation>Balance {code} tarée.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>balance settings changed: reconnecting</source>
        <translation>réglages de la balance modifiés : reconnexion</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Capture (F9)</source>
        <translation>Capturer (F9)</translation>
    </message>
    <message>
        <source>Take the balance&apos;s stable reading into the carats field (F9, or scan the capture barcode)</source>
        <translation>Reporter la lecture stable de la balance dans le champ des carats (F9, ou scannez le code-barres de capture)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <source>Set the empty balance to zero</source>
        <translation>Remettre à zéro la balance vide</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>Take what is on the pan (a container) off the weights</source>
        <translation>Retirer des poids ce qui est sur le plateau (un récipient)</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Configurer...</translation>
    </message>
    <message>
        <source>Choose the balance at this workstation</source>
        <translation>Choisir la balance de ce poste</translation>
    </message>
    <message>
        <source>Capture (F9, or the capture barcode) fills this field: the carats field with the cursor, or the one that had it last</source>
        <translation>La capture (F9, ou le code-barres de capture) remplit ce champ : le champ des carats où est le curseur, ou celui qui l&apos;avait en dernier</translation>
    </message>
    <message>
        <source>Balance {code} is not in the register: type the carats (an admin registers it, Settings, Balances).</source>
        <translation>La balance {code} n&apos;est pas au registre : saisissez les carats (un administrateur l&apos;enregistre, Paramètres, Balances).</translation>
    </message>
    <message>
        <source>No balance at this workstation: type the carats.</source>
        <translation>Aucune balance à ce poste : saisissez les carats.</translation>
    </message>
    <message>
        <source>A supervisor chooses this workstation&apos;s balance (Set up...)</source>
        <translation>Un superviseur choisit la balance de ce poste (Configurer...)</translation>
    </message>
    <message>
        <source>A supervisor or an admin chooses this workstation&apos;s balance</source>
        <translation>Un superviseur ou un administrateur choisit la balance de ce poste</translation>
    </message>
    <message>
        <source>another user signed in</source>
        <translation>un autre utilisateur s&apos;est connecté</translation>
    </message>
    <message>
        <source>the workstation locked</source>
        <translation>le poste a été verrouillé</translation>
    </message>
    <message>
        <source>connecting to the balance...</source>
        <translation>connexion à la balance...</translation>
    </message>
    <message>
        <source>Not connected: {state}</source>
        <translation>Non connectée : {state}</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>moving: not stable yet</source>
        <translation>en mouvement : pas encore stable</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>en mouvement</translation>
    </message>
    <message>
        <source>Balance {code}, serial {serial}</source>
        <translation>Balance {code}, n° de série {serial}</translation>
    </message>
    <message>
        <source>Balance {code}, no serial number</source>
        <translation>Balance {code}, sans numéro de série</translation>
    </message>
    <message>
        <source>Balance {code}</source>
        <translation>Balance {code}</translation>
    </message>
    <message>
        <source>balance {code} did not report its serial number: capture is blocked; check its protocol (Settings, Balances)</source>
        <translation>la balance {code} n&apos;a pas donné son numéro de série : la capture est bloquée ; vérifiez son protocole (Paramètres, Balances)</translation>
    </message>
    <message>
        <source>Capture blocked</source>
        <translation>Capture bloquée</translation>
    </message>
    <message>
        <source>calibration due {date}</source>
        <translation>étalonnage dû le {date}</translation>
    </message>
    <message>
        <source>checked today</source>
        <translation>vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>not checked today</source>
        <translation>pas vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>capture blocked</source>
        <translation>capture bloquée</translation>
    </message>
    <message>
        <source>no balance at this workstation: type the carats, or have a supervisor set it up (Settings, Balances)</source>
        <translation>aucune balance à ce poste : saisissez les carats, ou faites-la configurer par un superviseur (Paramètres, Balances)</translation>
    </message>
    <message>
        <source>the carats field takes no weight now</source>
        <translation>le champ des carats ne prend aucun poids pour l&apos;instant</translation>
    </message>
    <message>
        <source>the balance is not connected ({state})</source>
        <translation>la balance n&apos;est pas connectée ({state})</translation>
    </message>
    <message>
        <source>the lot, the user or the lock changed while the balance was read; capture again</source>
        <translation>le lot, l&apos;utilisateur ou le verrouillage a changé pendant la lecture de la balance ; capturez de nouveau</translation>
    </message>
    <message>
        <source>From balance {code}: {reading}</source>
        <translation>De la balance {code} : {reading}</translation>
    </message>
    <message>
        <source>Captured {ct} ct from balance {code}.</source>
        <translation>{ct} ct capturés de la balance {code}.</translation>
    </message>
    <message>
        <source>Not captured: {why}.</source>
        <translation>Non capturé : {why}.</translation>
    </message>
    <message>
        <source>the capture is nearly {minutes} minutes old, the most recorded</source>
        <translation>la capture date de presque {minutes} minutes, le maximum enregistré</translation>
    </message>
    <message>
        <source>Captured weight cleared: {why}; capture again.</source>
        <translation>Poids capturé effacé : {why} ; capturez de nouveau.</translation>
    </message>
    <message>
        <source>Captured from the balance (F9), or typed</source>
        <translation>Capturé de la balance (F9), ou saisi</translation>
    </message>
    <message>
        <source>from the balance (F9)</source>
        <translation>de la balance (F9)</translation>
    </message>
    <message>
        <source>This site takes weights from the balance only: capture it (F9); a typed weight is refused</source>
        <translation>Ce site ne prend les poids que de la balance : capturez-le (F9) ; un poids saisi est refusé</translation>
    </message>
    <message>
        <source>OVERLOAD: take the goods off</source>
        <translation>SURCHARGE : retirez la marchandise</translation>
    </message>
    <message>
        <source>UNDERLOAD: empty the pan and zero</source>
        <translation>SOUS-CHARGE : videz le plateau et remettez à zéro</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupée</translation>
    </message>
    <message>
        <source>error: check the balance&apos;s display</source>
        <translation>erreur : vérifiez l&apos;afficheur de la balance</translation>
    </message>
    <message>
        <source>OVERLOAD</source>
        <translation>SURCHARGE</translation>
    </message>
    <message>
        <source>UNDERLOAD</source>
        <translation>SOUS-CHARGE</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCCUPÉE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>The balance this workstation reads, from the register (Settings, Balances), on the register&apos;s port with the register&apos;s settings (an admin changes them there). Kept for this computer&apos;s user account (as the text size is), not in the database: another Windows user of this computer chooses again.</source>
        <translation>La balance que lit ce poste, prise au registre (Paramètres, Balances), sur le port et avec les réglages du registre (un administrateur les modifie là). Conservé pour le compte utilisateur de cet ordinateur (comme la taille du texte), pas dans la base de données : un autre utilisateur Windows de cet ordinateur choisit de nouveau.</translation>
    </message>
    <message>
        <source>The port {port} this workstation kept before is ignored: the register&apos;s port is read.</source>
        <translation>Le port {port} que ce poste gardait auparavant est ignoré : c&apos;est le port du registre qui est lu.</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance</source>
        <translation>Balance de ce poste</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Capture barcode</source>
        <translation>Code-barres de capture</translation>
    </message>
    <message>
        <source>what a scanner types to capture ({code})</source>
        <translation>ce que tape un lecteur pour capturer ({code})</translation>
    </message>
    <message>
        <source>This workstation reads balance {code}.</source>
        <translation>Ce poste lit la balance {code}.</translation>
    </message>
    <message>
        <source>No balance at this workstation.</source>
        <translation>Aucune balance à ce poste.</translation>
    </message>
    <message>
        <source>No balance on this screen: the capture barcode captures nothing here.</source>
        <translation>Aucune balance sur cet écran : le code-barres de capture ne capture rien ici.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>d (ct)</source>
        <translation>d (ct)</translation>
    </message>
    <message>
        <source>e (ct)</source>
        <translation>e (ct)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Calibration / check</source>
        <translation>Étalonnage / contrôle</translation>
    </message>
    <message>
        <source>Reference weight</source>
        <translation>Poids étalon</translation>
    </message>
    <message>
        <source>Nominal (ct)</source>
        <translation>Nominal (ct)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Admins keep the balance register</source>
        <translation>Les administrateurs tiennent le registre des balances</translation>
    </message>
    <message>
        <source>Admins keep the reference weights</source>
        <translation>Les administrateurs gèrent les poids étalons</translation>
    </message>
    <message>
        <source>Add balance...</source>
        <translation>Ajouter une balance...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Record calibration...</source>
        <translation>Enregistrer un étalonnage...</translation>
    </message>
    <message>
        <source>Daily check...</source>
        <translation>Contrôle quotidien...</translation>
    </message>
    <message>
        <source>Put the reference weight on this workstation&apos;s balance, capture it: the check is recorded, passed or failed</source>
        <translation>Posez le poids étalon sur la balance de ce poste et capturez-le : le contrôle est enregistré, réussi ou non</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance...</source>
        <translation>Balance de ce poste...</translation>
    </message>
    <message>
        <source>Reference weights (the daily check&apos;s)</source>
        <translation>Poids étalons (du contrôle quotidien)</translation>
    </message>
    <message>
        <source>Add reference weight...</source>
        <translation>Ajouter un poids étalon...</translation>
    </message>
    <message>
        <source>Change reference weight...</source>
        <translation>Modifier le poids étalon...</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>sans classe</translation>
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
        <source>inactive</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>The capture barcode: {code} (Code 128)</source>
        <translation>Le code-barres de capture : {code} (Code 128)</translation>
    </message>
    <message>
        <source>This workstation reads balance {code} (chosen for this computer&apos;s user account, not in the database). Its scanners capture with the barcode {barcode} (below).</source>
        <translation>Ce poste lit la balance {code} (choisie pour le compte utilisateur de cet ordinateur, pas dans la base de données). Ses lecteurs capturent avec le code-barres {barcode} (ci-dessous).</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose one from the register to capture weights here.</source>
        <translation>Aucune balance à ce poste : choisissez-en une dans le registre pour capturer des poids ici.</translation>
    </message>
    <message>
        <source>Balance {code} added to the register.</source>
        <translation>Balance {code} ajoutée au registre.</translation>
    </message>
    <message>
        <source>Select the balance to change first.</source>
        <translation>Sélectionnez d&apos;abord la balance à modifier.</translation>
    </message>
    <message>
        <source>Balance {code} changed.</source>
        <translation>Balance {code} modifiée.</translation>
    </message>
    <message>
        <source>Select the balance calibrated first.</source>
        <translation>Sélectionnez d&apos;abord la balance étalonnée.</translation>
    </message>
    <message>
        <source>Calibration of balance {code} recorded; next due {date}.</source>
        <translation>Étalonnage de la balance {code} enregistré ; prochain le {date}.</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose it first (This workstation&apos;s balance...), then check it here.</source>
        <translation>Aucune balance à ce poste : choisissez-la d&apos;abord (Balance de ce poste...), puis contrôlez-la ici.</translation>
    </message>
    <message>
        <source>Daily check of balance {code} recorded.</source>
        <translation>Contrôle quotidien de la balance {code} enregistré.</translation>
    </message>
    <message>
        <source>Reference weight {code} registered.</source>
        <translation>Poids étalon {code} enregistré.</translation>
    </message>
    <message>
        <source>Select the reference weight to change first.</source>
        <translation>Sélectionnez d&apos;abord le poids étalon à modifier.</translation>
    </message>
    <message>
        <source>Reference weight {code} changed.</source>
        <translation>Poids étalon {code} modifié.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Change balance {code}</source>
        <translation>Modifier la balance {code}</translation>
    </message>
    <message>
        <source>Add a balance</source>
        <translation>Ajouter une balance</translation>
    </message>
    <message>
        <source>One instrument of the site: its serial number must be the one the balance reports at connect (another blocks capture). Weights in carats.</source>
        <translation>Un instrument du site : son numéro de série doit être celui que la balance donne à la connexion (un autre bloque la capture). Poids en carats.</translation>
    </message>
    <message>
        <source>a group named value: (?P&lt;value&gt;...); blank: default</source>
        <translation>un groupe nommé value : (?P&lt;value&gt;...) ; vide : par défaut</translation>
    </message>
    <message>
        <source>A balance keeps its code: its weighings name it</source>
        <translation>Une balance garde son code : ses pesées le citent</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>protocol&apos;s own</source>
        <translation>celui du protocole</translation>
    </message>
    <message>
        <source>Change reference weight {code}</source>
        <translation>Modifier le poids étalon {code}</translation>
    </message>
    <message>
        <source>Add a reference weight</source>
        <translation>Ajouter un poids étalon</translation>
    </message>
    <message>
        <source>A calibrated weight the balances are checked with each day: its nominal weight in carats and its certificate. A check passes within the balance&apos;s e of it.</source>
        <translation>Un poids étalonné avec lequel les balances sont contrôlées chaque jour : son poids nominal en carats et son certificat. Un contrôle réussit à moins de l&apos;e de la balance.</translation>
    </message>
    <message>
        <source>A reference weight keeps its code: its checks name it</source>
        <translation>Un poids étalon garde son code : ses contrôles le citent</translation>
    </message>
    <message>
        <source>Calibration of balance {code}</source>
        <translation>Étalonnage de la balance {code}</translation>
    </message>
    <message>
        <source>Once the next due date has passed, the balance captures nothing until a new calibration is recorded.</source>
        <translation>Passé la date du prochain étalonnage, la balance ne capture plus rien jusqu&apos;à ce qu&apos;un nouvel étalonnage soit enregistré.</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Étalonnée le</translation>
    </message>
    <message>
        <source>By (lab or person)</source>
        <translation>Par (laboratoire ou personne)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro de certificat</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochain</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Laissé</translation>
    </message>
    <message>
        <source>No reference weight in the register: an admin adds one (Settings, Balances, Add reference weight...).</source>
        <translation>Aucun poids étalon au registre : un administrateur en ajoute un (Paramètres, Balances, Ajouter un poids étalon...).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, class {weight_class}, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Nominal {nominal} ct, classe {weight_class}, certificat {certificate} ; tolérance ±{tolerance} ct (l&apos;e de la balance).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Nominal {nominal} ct, certificat {certificate} ; tolérance ±{tolerance} ct (l&apos;e de la balance).</translation>
    </message>
    <message>
        <source>Put the reference weight on and capture it (F9).</source>
        <translation>Posez le poids étalon et capturez-le (F9).</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, within the tolerance: passes.</source>
        <translation>{ct} ct : écart de {off} ct, dans la tolérance : réussi.</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, outside the tolerance: FAILS.</source>
        <translation>{ct} ct : écart de {off} ct, hors tolérance : ÉCHEC.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; a failed check blocks capture until a check passes.</source>
        <translation>Remettez à zéro la balance vide, posez le poids étalon et capturez-le (F9). Le contrôle est enregistré, réussi ou non ; un contrôle échoué bloque la capture jusqu&apos;à un contrôle réussi.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; this site does not block capture on the daily check.</source>
        <translation>Remettez à zéro la balance vide, posez le poids étalon et capturez-le (F9). Le contrôle est enregistré, réussi ou non ; ce site ne bloque pas la capture selon le contrôle quotidien.</translation>
    </message>
    <message>
        <source>Daily check of balance {code}</source>
        <translation>Contrôle quotidien de la balance {code}</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>capture it (F9)</source>
        <translation>capturez-le (F9)</translation>
    </message>
    <message>
        <source>Read (ct)</source>
        <translation>Lu (ct)</translation>
    </message>
    <message>
        <source>Captured off the balance (F9): a check&apos;s reading is never typed</source>
        <translation>Capturé de la balance (F9) : la lecture d&apos;un contrôle n&apos;est jamais saisie</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>disconnected: reconnecting in {delay} s</source>
        <extracomment>The register code of the balance at this workstation. Where an earlier version kept a port of the workstation&apos;s own: no longer read (ignored, said once in the station dialog, removed when the dialog is answered). What a scanner types for &quot;capture&quot;: the command barcode. How long a captured weight may wait before it is recorded (the services refuse an older capture, by its ``captured_at`` against ``sortapp.core.clock``). When the panel clears a capture, to be captured again: before the services would refuse it (measured as they measure it: its ``captured_at`` against ``clock.utc_now``). How often the panel looks whether its captures have aged. How often the live reading is asked for (~5 Hz). How long Capture waits for a stable reading. The waits before each reconnection attempt (the last one repeats). How long closing waits for the balance&apos;s thread (a read under way ends by its timeout). The large line while there is no reading (connecting, lost). Opens the balance (in the worker&apos;s thread); raises BalanceError or OSError when it cannot. Each live reading (a ``Reading``). &quot;connecting&quot;, &quot;connected&quot;, &quot;disconnected: reconnecting in N s&quot;. Who the balance said it is at connect (a ``DeviceInfo``). The stable reading Capture took (a ``Reading`` that may be recorded). Why Capture took nothing, in words. The outcome of Zero or Tare, in a sentence. Why the balance was lost (with ``state`` &quot;disconnected: ...&quot;). The balance zeroed or tared on request (&quot;zero&quot;, &quot;tare&quot;), before its ``told``. The balance being opened or talked to (for ``cancel`` from the GUI thread).</extracomment>
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
        <extracomment>What Zero and Tare say: not connected, refused, lost, done (the balance&apos;s code put in by the panel: ``{code}``).</extracomment>
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
        <extracomment>The port opened (the register&apos;s): what a captured weight says it was read through. The register&apos;s settings it was opened with (``connection``): a change reconnects. Who asked for each capture not answered yet, with the panel&apos;s generation then. Who asked for each zero or tare not answered yet (its ``told`` answers it). Each session&apos;s balance link (made on first use; stopped as the window closes). Said when the register&apos;s settings of the balance changed under a running link.</extracomment>
        <translation>réglages de la balance modifiés : reconnexion</translation>
    </message>
    <message>
        <source>Carats</source>
        <extracomment>A weight was captured into the field.</extracomment>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Capture (F9)</source>
        <extracomment>The field Capture fills now (of ``fields``: the one with the cursor, or last with it). The carat fields Capture may fill, each with its name (``add_field``). Each field&apos;s captured source, with the text captured (until edited by hand). When each field&apos;s weight was captured (its ``captured_at``), and by whom (user id). The context captures belong to: bumped as it goes (another lot, another user, the workstation locked, ``forget``); an answer asked for in an older one is dropped. A capture goes once it is too old to be recorded (``CAPTURE_MAX_AGE_S``). The dialog this panel is in, once watched (its closing drops the captures). Whether the note&apos;s cause is the balance&apos;s (cleared by a capturable reading). Which field Capture fills, where there are several (&quot;F9 -&gt; Loss carats&quot;). Why the balance may not capture now (its calibration, today&apos;s check, its serial); and why a capture took nothing. On a page each shares a line, cut to its room with the sentence in full in its tool tip; in a dialog each wraps on a line of its own.</extracomment>
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
</context>
</TS>

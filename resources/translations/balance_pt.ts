<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>disconnected: reconnecting in {delay} s</source>
        <extracomment>The register code of the balance at this workstation. Where an earlier version kept a port of the workstation&apos;s own: no longer read (ignored, said once in the station dialog, removed when the dialog is answered). What a scanner types for &quot;capture&quot;: the command barcode. How long a captured weight may wait before it is recorded (the services refuse an older capture, by its ``captured_at`` against ``sortapp.core.clock``). When the panel clears a capture, to be captured again: before the services would refuse it (measured as they measure it: its ``captured_at`` against ``clock.utc_now``). How often the panel looks whether its captures have aged. How often the live reading is asked for (~5 Hz). How long Capture waits for a stable reading. The waits before each reconnection attempt (the last one repeats). How long closing waits for the balance&apos;s thread (a read under way ends by its timeout). The large line while there is no reading (connecting, lost). Opens the balance (in the worker&apos;s thread); raises BalanceError or OSError when it cannot. Each live reading (a ``Reading``). &quot;connecting&quot;, &quot;connected&quot;, &quot;disconnected: reconnecting in N s&quot;. Who the balance said it is at connect (a ``DeviceInfo``). The stable reading Capture took (a ``Reading`` that may be recorded). Why Capture took nothing, in words. The outcome of Zero or Tare, in a sentence. Why the balance was lost (with ``state`` &quot;disconnected: ...&quot;). The balance zeroed or tared on request (&quot;zero&quot;, &quot;tare&quot;), before its ``told``. The balance being opened or talked to (for ``cancel`` from the GUI thread).</extracomment>
        <translation>desligada: nova ligação dentro de {delay} s</translation>
    </message>
    <message>
        <source>the balance is not connected: check its cable and power</source>
        <translation>a balança não está ligada: verifique o cabo e a alimentação</translation>
    </message>
    <message>
        <source>the balance gave no stable reading</source>
        <translation>a balança não deu nenhuma leitura estável</translation>
    </message>
    <message>
        <source>the balance was lost: {error}</source>
        <translation>a ligação à balança perdeu-se: {error}</translation>
    </message>
    <message>
        <source>Not zeroed: the balance is not connected.</source>
        <extracomment>What Zero and Tare say: not connected, refused, lost, done (the balance&apos;s code put in by the panel: ``{code}``).</extracomment>
        <translation>Não zerada: a balança não está ligada.</translation>
    </message>
    <message>
        <source>The balance refused to zero: {error}.</source>
        <translation>A balança recusou zerar: {error}.</translation>
    </message>
    <message>
        <source>Not zeroed: the balance was lost ({error}).</source>
        <translation>Não zerada: a ligação à balança perdeu-se ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} zeroed.</source>
        <translation>Balança {code} zerada.</translation>
    </message>
    <message>
        <source>Not tared: the balance is not connected.</source>
        <translation>Tara não feita: a balança não está ligada.</translation>
    </message>
    <message>
        <source>The balance refused to tare: {error}.</source>
        <translation>A balança recusou a tara: {error}.</translation>
    </message>
    <message>
        <source>Not tared: the balance was lost ({error}).</source>
        <translation>Tara não feita: a ligação à balança perdeu-se ({error}).</translation>
    </message>
    <message>
        <source>Balance {code} tared.</source>
        <translation>Balança {code} tarada.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>ligada</translation>
    </message>
    <message>
        <source>balance settings changed: reconnecting</source>
        <extracomment>The port opened (the register&apos;s): what a captured weight says it was read through. The register&apos;s settings it was opened with (``connection``): a change reconnects. Who asked for each capture not answered yet, with the panel&apos;s generation then. Who asked for each zero or tare not answered yet (its ``told`` answers it). Each session&apos;s balance link (made on first use; stopped as the window closes). Said when the register&apos;s settings of the balance changed under a running link.</extracomment>
        <translation>definições da balança alteradas: nova ligação</translation>
    </message>
    <message>
        <source>Carats</source>
        <extracomment>A weight was captured into the field.</extracomment>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Capture (F9)</source>
        <extracomment>The field Capture fills now (of ``fields``: the one with the cursor, or last with it). The carat fields Capture may fill, each with its name (``add_field``). Each field&apos;s captured source, with the text captured (until edited by hand). When each field&apos;s weight was captured (its ``captured_at``), and by whom (user id). The context captures belong to: bumped as it goes (another lot, another user, the workstation locked, ``forget``); an answer asked for in an older one is dropped. A capture goes once it is too old to be recorded (``CAPTURE_MAX_AGE_S``). The dialog this panel is in, once watched (its closing drops the captures). Whether the note&apos;s cause is the balance&apos;s (cleared by a capturable reading). Which field Capture fills, where there are several (&quot;F9 -&gt; Loss carats&quot;). Why the balance may not capture now (its calibration, today&apos;s check, its serial); and why a capture took nothing. On a page each shares a line, cut to its room with the sentence in full in its tool tip; in a dialog each wraps on a line of its own.</extracomment>
        <translation>Capturar (F9)</translation>
    </message>
    <message>
        <source>Take the balance&apos;s stable reading into the carats field (F9, or scan the capture barcode)</source>
        <translation>Passar a leitura estável da balança para o campo de quilates (F9, ou leia o código de barras de captura)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zero</translation>
    </message>
    <message>
        <source>Set the empty balance to zero</source>
        <translation>Pôr a zero a balança vazia</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tara</translation>
    </message>
    <message>
        <source>Take what is on the pan (a container) off the weights</source>
        <translation>Descontar dos pesos o que está no prato (um recipiente)</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Configurar...</translation>
    </message>
    <message>
        <source>Choose the balance at this workstation</source>
        <translation>Escolher a balança deste posto</translation>
    </message>
    <message>
        <source>Capture (F9, or the capture barcode) fills this field: the carats field with the cursor, or the one that had it last</source>
        <translation>A captura (F9, ou o código de barras de captura) preenche este campo: o campo de quilates com o cursor, ou o último que o teve</translation>
    </message>
    <message>
        <source>Balance {code} is not in the register: type the carats (an admin registers it, Settings, Balances).</source>
        <translation>A balança {code} não está no registo: escreva os quilates (um administrador regista-a, Definições, Balanças).</translation>
    </message>
    <message>
        <source>No balance at this workstation: type the carats.</source>
        <translation>Não há balança neste posto: escreva os quilates.</translation>
    </message>
    <message>
        <source>A supervisor chooses this workstation&apos;s balance (Set up...)</source>
        <translation>Um supervisor escolhe a balança deste posto (Configurar...)</translation>
    </message>
    <message>
        <source>A supervisor or an admin chooses this workstation&apos;s balance</source>
        <translation>Um supervisor ou um administrador escolhe a balança deste posto</translation>
    </message>
    <message>
        <source>another user signed in</source>
        <translation>outro utilizador iniciou sessão</translation>
    </message>
    <message>
        <source>the workstation locked</source>
        <translation>o posto foi bloqueado</translation>
    </message>
    <message>
        <source>connecting to the balance...</source>
        <translation>a ligar à balança...</translation>
    </message>
    <message>
        <source>Not connected: {state}</source>
        <translation>Não ligada: {state}</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estável</translation>
    </message>
    <message>
        <source>moving: not stable yet</source>
        <translation>a oscilar: ainda não estável</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>a oscilar</translation>
    </message>
    <message>
        <source>Balance {code}, serial {serial}</source>
        <translation>Balança {code}, n.º de série {serial}</translation>
    </message>
    <message>
        <source>Balance {code}, no serial number</source>
        <translation>Balança {code}, sem número de série</translation>
    </message>
    <message>
        <source>Balance {code}</source>
        <translation>Balança {code}</translation>
    </message>
    <message>
        <source>balance {code} did not report its serial number: capture is blocked; check its protocol (Settings, Balances)</source>
        <translation>a balança {code} não indicou o número de série: a captura está bloqueada; verifique o protocolo (Definições, Balanças)</translation>
    </message>
    <message>
        <source>Capture blocked</source>
        <translation>Captura bloqueada</translation>
    </message>
    <message>
        <source>calibration due {date}</source>
        <translation>calibração até {date}</translation>
    </message>
    <message>
        <source>checked today</source>
        <translation>verificada hoje</translation>
    </message>
    <message>
        <source>not checked today</source>
        <translation>não verificada hoje</translation>
    </message>
    <message>
        <source>capture blocked</source>
        <translation>captura bloqueada</translation>
    </message>
    <message>
        <source>no balance at this workstation: type the carats, or have a supervisor set it up (Settings, Balances)</source>
        <translation>não há balança neste posto: escreva os quilates, ou peça a um supervisor que a configure (Definições, Balanças)</translation>
    </message>
    <message>
        <source>the carats field takes no weight now</source>
        <translation>o campo de quilates não aceita peso agora</translation>
    </message>
    <message>
        <source>the balance is not connected ({state})</source>
        <translation>a balança não está ligada ({state})</translation>
    </message>
    <message>
        <source>the lot, the user or the lock changed while the balance was read; capture again</source>
        <translation>o lote, o utilizador ou o bloqueio mudou durante a leitura da balança; capture de novo</translation>
    </message>
    <message>
        <source>From balance {code}: {reading}</source>
        <translation>Da balança {code}: {reading}</translation>
    </message>
    <message>
        <source>Captured {ct} ct from balance {code}.</source>
        <translation>Capturados {ct} ct da balança {code}.</translation>
    </message>
    <message>
        <source>Not captured: {why}.</source>
        <translation>Não capturado: {why}.</translation>
    </message>
    <message>
        <source>the capture is nearly {minutes} minutes old, the most recorded</source>
        <translation>a captura tem quase {minutes} minutos, o máximo que se regista</translation>
    </message>
    <message>
        <source>Captured weight cleared: {why}; capture again.</source>
        <translation>Peso capturado apagado: {why}; capture de novo.</translation>
    </message>
    <message>
        <source>Captured from the balance (F9), or typed</source>
        <translation>Capturado da balança (F9), ou escrito</translation>
    </message>
    <message>
        <source>from the balance (F9)</source>
        <translation>da balança (F9)</translation>
    </message>
    <message>
        <source>This site takes weights from the balance only: capture it (F9); a typed weight is refused</source>
        <translation>Este local só aceita pesos da balança: capture-o (F9); um peso escrito é recusado</translation>
    </message>
    <message>
        <source>OVERLOAD: take the goods off</source>
        <translation>SOBRECARGA: retire a mercadoria</translation>
    </message>
    <message>
        <source>UNDERLOAD: empty the pan and zero</source>
        <translation>SUBCARGA: esvazie o prato e ponha a zero</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>error: check the balance&apos;s display</source>
        <translation>erro: verifique o mostrador da balança</translation>
    </message>
    <message>
        <source>OVERLOAD</source>
        <translation>SOBRECARGA</translation>
    </message>
    <message>
        <source>UNDERLOAD</source>
        <translation>SUBCARGA</translation>
    </message>
    <message>
        <source>BUSY</source>
        <translation>OCUPADA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
    </message>
    <message>
        <source>The balance this workstation reads, from the register (Settings, Balances), on the register&apos;s port with the register&apos;s settings (an admin changes them there). Kept for this computer&apos;s user account (as the text size is), not in the database: another Windows user of this computer chooses again.</source>
        <translation>A balança que este posto lê, do registo (Definições, Balanças), na porta e com as definições do registo (um administrador altera-as lá). Guardado para a conta de utilizador deste computador (como o tamanho do texto), não na base de dados: outro utilizador Windows deste computador escolhe de novo.</translation>
    </message>
    <message>
        <source>The port {port} this workstation kept before is ignored: the register&apos;s port is read.</source>
        <translation>A porta {port} que este posto guardava antes é ignorada: lê-se a porta do registo.</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance</source>
        <translation>Balança deste posto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balança</translation>
    </message>
    <message>
        <source>Capture barcode</source>
        <translation>Código de barras de captura</translation>
    </message>
    <message>
        <source>what a scanner types to capture ({code})</source>
        <translation>o que um leitor escreve para capturar ({code})</translation>
    </message>
    <message>
        <source>This workstation reads balance {code}.</source>
        <translation>Este posto lê a balança {code}.</translation>
    </message>
    <message>
        <source>No balance at this workstation.</source>
        <translation>Não há balança neste posto.</translation>
    </message>
    <message>
        <source>No balance on this screen: the capture barcode captures nothing here.</source>
        <translation>Não há balança neste ecrã: o código de barras de captura não captura nada aqui.</translation>
    </message>
</context>
</TS>

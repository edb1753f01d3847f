<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>disconnected: reconnecting in {delay} s</source>
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
        <translation>definições da balança alteradas: nova ligação</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Capture (F9)</source>
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
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
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
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Calibration / check</source>
        <translation>Calibração / verificação</translation>
    </message>
    <message>
        <source>Reference weight</source>
        <translation>Peso de referência</translation>
    </message>
    <message>
        <source>Nominal (ct)</source>
        <translation>Nominal (ct)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Admins keep the balance register</source>
        <translation>Os administradores mantêm o registo de balanças</translation>
    </message>
    <message>
        <source>Admins keep the reference weights</source>
        <translation>Os administradores mantêm os pesos de referência</translation>
    </message>
    <message>
        <source>Add balance...</source>
        <translation>Adicionar balança...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Alterar...</translation>
    </message>
    <message>
        <source>Record calibration...</source>
        <translation>Registar calibração...</translation>
    </message>
    <message>
        <source>Daily check...</source>
        <translation>Verificação diária...</translation>
    </message>
    <message>
        <source>Put the reference weight on this workstation&apos;s balance, capture it: the check is recorded, passed or failed</source>
        <translation>Coloque o peso de referência na balança deste posto e capture-o: a verificação é registada, aprovada ou não</translation>
    </message>
    <message>
        <source>This workstation&apos;s balance...</source>
        <translation>Balança deste posto...</translation>
    </message>
    <message>
        <source>Reference weights (the daily check&apos;s)</source>
        <translation>Pesos de referência (da verificação diária)</translation>
    </message>
    <message>
        <source>Add reference weight...</source>
        <translation>Adicionar peso de referência...</translation>
    </message>
    <message>
        <source>Change reference weight...</source>
        <translation>Alterar peso de referência...</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>sem classe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>The capture barcode: {code} (Code 128)</source>
        <translation>O código de barras de captura: {code} (Code 128)</translation>
    </message>
    <message>
        <source>This workstation reads balance {code} (chosen for this computer&apos;s user account, not in the database). Its scanners capture with the barcode {barcode} (below).</source>
        <translation>Este posto lê a balança {code} (escolhida para a conta de utilizador deste computador, não na base de dados). Os seus leitores capturam com o código de barras {barcode} (abaixo).</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose one from the register to capture weights here.</source>
        <translation>Não há balança neste posto: escolha uma do registo para capturar pesos aqui.</translation>
    </message>
    <message>
        <source>Balance {code} added to the register.</source>
        <translation>Balança {code} adicionada ao registo.</translation>
    </message>
    <message>
        <source>Select the balance to change first.</source>
        <translation>Seleccione primeiro a balança a alterar.</translation>
    </message>
    <message>
        <source>Balance {code} changed.</source>
        <translation>Balança {code} alterada.</translation>
    </message>
    <message>
        <source>Select the balance calibrated first.</source>
        <translation>Seleccione primeiro a balança calibrada.</translation>
    </message>
    <message>
        <source>Calibration of balance {code} recorded; next due {date}.</source>
        <translation>Calibração da balança {code} registada; próxima até {date}.</translation>
    </message>
    <message>
        <source>No balance at this workstation: choose it first (This workstation&apos;s balance...), then check it here.</source>
        <translation>Não há balança neste posto: escolha-a primeiro (Balança deste posto...) e depois verifique-a aqui.</translation>
    </message>
    <message>
        <source>Daily check of balance {code} recorded.</source>
        <translation>Verificação diária da balança {code} registada.</translation>
    </message>
    <message>
        <source>Reference weight {code} registered.</source>
        <translation>Peso de referência {code} registado.</translation>
    </message>
    <message>
        <source>Select the reference weight to change first.</source>
        <translation>Seleccione primeiro o peso de referência a alterar.</translation>
    </message>
    <message>
        <source>Reference weight {code} changed.</source>
        <translation>Peso de referência {code} alterado.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Change balance {code}</source>
        <translation>Alterar balança {code}</translation>
    </message>
    <message>
        <source>Add a balance</source>
        <translation>Adicionar uma balança</translation>
    </message>
    <message>
        <source>One instrument of the site: its serial number must be the one the balance reports at connect (another blocks capture). Weights in carats.</source>
        <translation>Um instrumento do local: o número de série tem de ser o que a balança indica ao ligar (outro bloqueia a captura). Pesos em quilates.</translation>
    </message>
    <message>
        <source>a group named value: (?P&lt;value&gt;...); blank: default</source>
        <translation>um grupo chamado value: (?P&lt;value&gt;...); vazio: predefinição</translation>
    </message>
    <message>
        <source>A balance keeps its code: its weighings name it</source>
        <translation>Uma balança mantém o código: as pesagens referem-no</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo da alteração</translation>
    </message>
    <message>
        <source>protocol&apos;s own</source>
        <translation>o do protocolo</translation>
    </message>
    <message>
        <source>Change reference weight {code}</source>
        <translation>Alterar peso de referência {code}</translation>
    </message>
    <message>
        <source>Add a reference weight</source>
        <translation>Adicionar um peso de referência</translation>
    </message>
    <message>
        <source>A calibrated weight the balances are checked with each day: its nominal weight in carats and its certificate. A check passes within the balance&apos;s e of it.</source>
        <translation>Um peso calibrado com que as balanças são verificadas todos os dias: o peso nominal em quilates e o certificado. Uma verificação passa dentro do e da balança.</translation>
    </message>
    <message>
        <source>A reference weight keeps its code: its checks name it</source>
        <translation>Um peso de referência mantém o código: as verificações referem-no</translation>
    </message>
    <message>
        <source>Calibration of balance {code}</source>
        <translation>Calibração da balança {code}</translation>
    </message>
    <message>
        <source>Once the next due date has passed, the balance captures nothing until a new calibration is recorded.</source>
        <translation>Passada a data da próxima calibração, a balança não captura nada até se registar uma nova calibração.</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Calibrada em</translation>
    </message>
    <message>
        <source>By (lab or person)</source>
        <translation>Por (laboratório ou pessoa)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número do certificado</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Como encontrada</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Como deixada</translation>
    </message>
    <message>
        <source>No reference weight in the register: an admin adds one (Settings, Balances, Add reference weight...).</source>
        <translation>Não há peso de referência no registo: um administrador adiciona um (Definições, Balanças, Adicionar peso de referência...).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, class {weight_class}, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Nominal {nominal} ct, classe {weight_class}, certificado {certificate}; tolerância ±{tolerance} ct (o e da balança).</translation>
    </message>
    <message>
        <source>Nominal {nominal} ct, certificate {certificate}; tolerance ±{tolerance} ct (the balance&apos;s e).</source>
        <translation>Nominal {nominal} ct, certificado {certificate}; tolerância ±{tolerance} ct (o e da balança).</translation>
    </message>
    <message>
        <source>Put the reference weight on and capture it (F9).</source>
        <translation>Coloque o peso de referência e capture-o (F9).</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, within the tolerance: passes.</source>
        <translation>{ct} ct: desvio de {off} ct, dentro da tolerância: passa.</translation>
    </message>
    <message>
        <source>{ct} ct: off by {off} ct, outside the tolerance: FAILS.</source>
        <translation>{ct} ct: desvio de {off} ct, fora da tolerância: FALHA.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; a failed check blocks capture until a check passes.</source>
        <translation>Ponha a zero a balança vazia, coloque o peso de referência e capture-o (F9). A verificação é registada, aprovada ou não; uma verificação falhada bloqueia a captura até uma verificação passar.</translation>
    </message>
    <message>
        <source>Zero the empty balance, put the reference weight on, and capture it (F9). The check is recorded whether it passes or fails; this site does not block capture on the daily check.</source>
        <translation>Ponha a zero a balança vazia, coloque o peso de referência e capture-o (F9). A verificação é registada, aprovada ou não; este local não bloqueia a captura pela verificação diária.</translation>
    </message>
    <message>
        <source>Daily check of balance {code}</source>
        <translation>Verificação diária da balança {code}</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>capture it (F9)</source>
        <translation>capture-o (F9)</translation>
    </message>
    <message>
        <source>Read (ct)</source>
        <translation>Lido (ct)</translation>
    </message>
    <message>
        <source>Captured off the balance (F9): a check&apos;s reading is never typed</source>
        <translation>Capturado da balança (F9): a leitura de uma verificação nunca é escrita</translation>
    </message>
</context>
</TS>

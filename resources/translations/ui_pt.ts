<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>predefinição da libpq (prefer)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: cifrado, certificado e nome do servidor verificados</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca: cifrado, certificado do servidor verificado</translation>
    </message>
    <message>
        <source>require: encrypted, the certificate not checked</source>
        <translation>require: cifrado, certificado não verificado</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: sem cifragem</translation>
    </message>
    <message>
        <source>given on the command line (--db)</source>
        <translation>indicado na linha de comandos (--db)</translation>
    </message>
    <message>
        <source>named by SORTAPP_DB</source>
        <translation>indicado por SORTAPP_DB</translation>
    </message>
    <message>
        <source>named by the machine configuration file {config}</source>
        <translation>indicado pelo ficheiro de configuração da máquina {config}</translation>
    </message>
    <message>
        <source>the default: no server is configured</source>
        <translation>predefinição: nenhum servidor configurado</translation>
    </message>
    <message>
        <source>This workstation uses the facility server {where} ({named}).</source>
        <translation>Este posto de trabalho usa o servidor das instalações {where} ({named}).</translation>
    </message>
    <message>
        <source>This workstation uses the database file {where} ({named}).</source>
        <translation>Este posto de trabalho usa o ficheiro da base de dados {where} ({named}).</translation>
    </message>
    <message>
        <source>Connect this workstation to the facility server</source>
        <translation>Ligar este posto ao servidor das instalações</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Anfitrião do servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Your sortapp user</source>
        <translation>O seu utilizador sortapp</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>A sua palavra-passe</translation>
    </message>
    <message>
        <source>You sign in to the server as your own sortapp user, who must be an admin there; no password is saved. Saving writes the machine configuration file {config}: sortapp opens the server at its next start, for everyone at this workstation.</source>
        <translation>Inicia sessão no servidor com o seu próprio utilizador sortapp, que tem de ser administrador nele; nenhuma palavra-passe é guardada. Guardar escreve o ficheiro de configuração da máquina {config}: o sortapp abre o servidor no próximo arranque, para todos neste posto.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <source>Save for the next start</source>
        <translation>Guardar para o próximo arranque</translation>
    </message>
    <message>
        <source>Testing {where}...</source>
        <translation>A testar {where}...</translation>
    </message>
    <message>
        <source>Connected to {where}: signed in as {user} ({role}). Save it for this workstation&apos;s next start.</source>
        <translation>Ligado a {where}: sessão iniciada como {user} ({role}). Guarde-o para o próximo arranque deste posto.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens {where} at its next start on this workstation.</source>
        <translation>Guardado em {path}: o sortapp abre {where} no próximo arranque neste posto.</translation>
    </message>
    <message>
        <source>Testing {where} and saving...</source>
        <translation>A testar {where} e a guardar...</translation>
    </message>
    <message>
        <source>This workstation cannot write {path}; nothing was changed. Ask IT to deploy that file with this content:

{content}</source>
        <translation>Este posto não consegue escrever {path}; nada foi alterado. Peça à informática que instale esse ficheiro com este conteúdo:

{content}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <source>the workstation is locked: sign in first</source>
        <translation>o posto está bloqueado: inicie sessão primeiro</translation>
    </message>
    <message>
        <source>The facility server cannot be reached; nothing was written</source>
        <translation>O servidor das instalações não está acessível; nada foi escrito</translation>
    </message>
    <message>
        <source>The facility server could not be reached as your action was being recorded; whether it was is said when the server is back</source>
        <translation>O servidor das instalações deixou de estar acessível enquanto a sua acção era registada; saberá se foi registada quando o servidor voltar</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of this damaged database: what is in it is not shown. An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>O SQLite não consegue ler uma parte desta base danificada: o que nela está não é mostrado. Um administrador restaura a última cópia de segurança boa no seu lugar: Ficheiro, Restaurar uma cópia de segurança...</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Está a ser restaurada uma cópia de segurança; tente de novo quando terminar.</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be written to it</source>
        <translation>A base de dados está aberta só para leitura: nada pode ser escrito nela</translation>
    </message>
    <message>
        <source>The facility server {where} is back; you can work again.</source>
        <translation>O servidor das instalações {where} voltou; pode continuar a trabalhar.</translation>
    </message>
    <message>
        <source>your last action</source>
        <translation>a sua última acção</translation>
    </message>
    <message>
        <source>The facility server is back. Recorded: {what}.</source>
        <translation>O servidor das instalações voltou. Registado: {what}.</translation>
    </message>
    <message>
        <source>The facility server is back. Not recorded: {what}; do it again.</source>
        <translation>O servidor das instalações voltou. Não registado: {what}; faça-o de novo.</translation>
    </message>
    <message>
        <source>{names}: {why}.</source>
        <translation>{names}: {why}.</translation>
    </message>
    <message>
        <source>Facility server: {where}</source>
        <translation>Servidor das instalações: {where}</translation>
    </message>
    <message>
        <source>Database file: {where}</source>
        <translation>Ficheiro da base de dados: {where}</translation>
    </message>
    <message>
        <source>Schema version: {schema}</source>
        <translation>Versão do esquema: {schema}</translation>
    </message>
    <message>
        <source>Schema version: {schema} (this sortapp: {code_schema})</source>
        <translation>Versão do esquema: {schema} (este sortapp: {code_schema})</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(não registado)</translation>
    </message>
    <message>
        <source>Inventory for rough-diamond sorting facilities.</source>
        <translation>Inventário para instalações de classificação de diamantes brutos.</translation>
    </message>
    <message>
        <source>Last written by: {writer}</source>
        <translation>Última escrita por: {writer}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Why is it disabled</source>
        <translation>Porque está desactivado</translation>
    </message>
    <message>
        <source>About sortapp</source>
        <translation>Acerca do sortapp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>The selected entry&apos;s details, as recorded.</source>
        <translation>Os detalhes da entrada seleccionada, tal como registados.</translation>
    </message>
    <message>
        <source>{sentence}

As recorded: {uid} {at} {action} {object}
{details}</source>
        <translation>{sentence}

Tal como registado: {uid} {at} {action} {object}
{details}</translation>
    </message>
    <message>
        <source>Select a parcel to see its history first.</source>
        <translation>Seleccione primeiro uma encomenda para ver o seu histórico.</translation>
    </message>
    <message>
        <source>Select a lot to see its history first.</source>
        <translation>Seleccione primeiro um lote para ver o seu histórico.</translation>
    </message>
    <message>
        <source>History of parcel {number}</source>
        <translation>Histórico da encomenda {number}</translation>
    </message>
    <message>
        <source>History of lot {number}</source>
        <translation>Histórico do lote {number}</translation>
    </message>
    <message>
        <source>History of this parcel...</source>
        <translation>Histórico desta encomenda...</translation>
    </message>
    <message>
        <source>History of this lot...</source>
        <translation>Histórico deste lote...</translation>
    </message>
    <message numerus="yes">
        <source>{bad} of %n rows are bad; nothing was imported. Mend the file and import it again.</source>
        <translation>
            <numerusform>Linhas com erros: {bad} de %n; nada foi importado. Corrija o ficheiro e importe-o de novo.</numerusform>
            <numerusform>Linhas com erros: {bad} de %n; nada foi importado. Corrija o ficheiro e importe-o de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {file}; nothing imported.</source>
        <translation>
            <numerusform>%n linha com erros em {file}; nada importado.</numerusform>
            <numerusform>%n linhas com erros em {file}; nada importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are good. Import them now?</source>
        <translation>
            <numerusform>A linha (%n) está correta. Importá-la agora?</numerusform>
            <numerusform>As %n linhas estão corretas. Importá-las agora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>A importar {file}...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from {file}.</source>
        <translation>
            <numerusform>%n linha importada de {file}.</numerusform>
            <numerusform>%n linhas importadas de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}: {warning}.</source>
        <translation>Linha {line}: {warning}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file warn of what they change (each below).</source>
        <translation>
            <numerusform>%n linha do ficheiro avisa do que muda (abaixo).</numerusform>
            <numerusform>%n linhas do ficheiro avisam do que mudam (cada uma abaixo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>A verificar {file}...</translation>
    </message>
    <message>
        <source>Export transfer file</source>
        <translation>Exportar ficheiro de transferência</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer)</source>
        <translation>Ficheiros de transferência sortapp (*.sortapp-transfer)</translation>
    </message>
    <message>
        <source>Address the transfer file</source>
        <translation>Destinatário do ficheiro de transferência</translation>
    </message>
    <message>
        <source>Receiving site code (blank: any site)</source>
        <translation>Código do local de destino (vazio: qualquer local)</translation>
    </message>
    <message>
        <source>Transfer file written: {path} (fingerprint {digest}).</source>
        <translation>Ficheiro de transferência escrito: {path} (impressão digital {digest}).</translation>
    </message>
    <message>
        <source>Import transfer file</source>
        <translation>Importar ficheiro de transferência</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer *.json)</source>
        <translation>Ficheiros de transferência sortapp (*.sortapp-transfer *.json)</translation>
    </message>
    <message>
        <source>{why}: {path} was not imported.</source>
        <translation>{why}: {path} não foi importado.</translation>
    </message>
    <message>
        <source>Accept this one file?</source>
        <translation>Aceitar apenas este ficheiro?</translation>
    </message>
    <message>
        <source>{problem}.

The file: parcel {parcel} from {sender} ({name}), {ct} ct, fingerprint {fingerprint}.

To accept this file anyway, give the reason (audited)</source>
        <translation>{problem}.

O ficheiro: encomenda {parcel} de {sender} ({name}), {ct} ct, impressão digital {fingerprint}.

Para aceitar mesmo assim este ficheiro, indique o motivo (registado no registo de auditoria)</translation>
    </message>
    <message>
        <source>Imported {file} as lot {lot}, awaiting weighing.</source>
        <translation>{file} importado como lote {lot}, a aguardar pesagem.</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>CPK de entrada</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número do certificado</translation>
    </message>
    <message>
        <source>Parcel {parcel} from {sender} was shipped from {country}, and the file names no KP certificate. Goods from another country are received under theirs: type the number of the certificate that came with them.</source>
        <translation>A encomenda {parcel} de {sender} foi expedida de {country}, e o ficheiro não indica CPK. A mercadoria de outro país é recebida com o seu: escreva o número do certificado que veio com ela.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Any user of this site may sign in. When another user signs in, the previous user&apos;s open forms and dialogs are closed.</source>
        <translation>Qualquer utilizador deste local pode iniciar sessão. Quando outro utilizador inicia sessão, os formulários e diálogos abertos do anterior são fechados.</translation>
    </message>
    <message>
        <source>The facility server {where} cannot be reached. Nothing can be changed until it is back; what is on screen can still be read. sortapp reconnects by itself (next try in {seconds} s).</source>
        <translation>O servidor das instalações {where} não está acessível. Nada pode ser alterado até voltar; o que está no ecrã continua legível. O sortapp volta a ligar-se sozinho (próxima tentativa dentro de {seconds} s).</translation>
    </message>
    <message>
        <source>The facility server {where} refused {user}&apos;s sign-in: the password was changed, or the user was removed or made inactive. sortapp stopped trying; sign in again to continue.</source>
        <translation>O servidor das instalações {where} recusou o início de sessão de {user}: a palavra-passe foi alterada, ou o utilizador foi removido ou desactivado. O sortapp deixou de tentar; inicie sessão de novo para continuar.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>o utilizador</translation>
    </message>
    <message>
        <source>Supervisors and admins keep the register of importers</source>
        <translation>Os supervisores e administradores mantêm o registo de importadores</translation>
    </message>
    <message>
        <source>Importers</source>
        <translation>Importadores</translation>
    </message>
    <message>
        <source>The register of importers: a parcel whose importer has a registered name gets the party&apos;s full address, country and identifiers on its commercial invoice and KP certificate data sheet.</source>
        <translation>O registo de importadores: uma encomenda cujo importador tem um nome registado recebe a morada completa, o país e os identificadores dessa parte na factura comercial e na ficha de dados do CPK.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número fiscal</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Porto de destino</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Adicionar...</translation>
    </message>
    <message>
        <source>Add an importer to the register</source>
        <translation>Adicionar um importador ao registo</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Change the selected importer&apos;s address or identifiers</source>
        <translation>Alterar a morada ou os identificadores do importador seleccionado</translation>
    </message>
    <message>
        <source>Select an importer to see it in full.</source>
        <translation>Seleccione um importador para o ver por inteiro.</translation>
    </message>
    <message>
        <source>Select an importer first</source>
        <translation>Seleccione primeiro um importador</translation>
    </message>
    <message>
        <source>Importer {name} changed in the register.</source>
        <translation>Importador {name} alterado no registo.</translation>
    </message>
    <message>
        <source>Importer {name} added to the register.</source>
        <translation>Importador {name} adicionado ao registo.</translation>
    </message>
    <message>
        <source>{name}, {address}, {country}; tax number {tax_number}; licence {licence}; port {port}</source>
        <translation>{name}, {address}, {country}; número fiscal {tax_number}; licença {licence}; porto {port}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({pages}, COPY {copy}).</source>
        <translation>Guardado: {path} ({pages}, CÓPIA {copy}).</translation>
    </message>
    <message>
        <source>Saved {path} ({pages}).</source>
        <translation>Guardado: {path} ({pages}).</translation>
    </message>
    <message>
        <source>Printed {title} {number}.</source>
        <translation>Impresso: {title} {number}.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message numerus="yes">
        <source>{goods}, %n stones</source>
        <translation>
            <numerusform>{goods}, %n pedra</numerusform>
            <numerusform>{goods}, %n pedras</numerusform>
        </translation>
    </message>
    <message>
        <source>{ct} ct, {stones}</source>
        <translation>{ct} ct, {stones}</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} into {category} (lot {lot}).</source>
        <translation>Entrada {uid}: {goods} em {category} (lote {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} lost to {kind} (lot {lot}).</source>
        <translation>Entrada {uid}: {goods} perdidos em {kind} (lote {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid} reversed: {goods} of {what} taken out by entry {by}.</source>
        <translation>Entrada {uid} estornada: {goods} de {what} retirados pela entrada {by}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>lot, parcel, certificate or label number (Ctrl+F), Enter</source>
        <translation>número de lote, encomenda, certificado ou etiqueta (Ctrl+F), Enter</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Nome das instalações</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Autoridade PK</translation>
    </message>
    <message>
        <source>KP authority&apos;s address</source>
        <translation>Morada da autoridade PK</translation>
    </message>
    <message>
        <source>Printed on the import-confirmation slip the importing authority sends back.</source>
        <translation>Impresso no talão de confirmação de importação que a autoridade de importação devolve.</translation>
    </message>
    <message>
        <source>Exporter on certificates</source>
        <translation>Exportador nos certificados</translation>
    </message>
    <message>
        <source>Sorting tolerance (ct)</source>
        <translation>Tolerância de classificação (ct)</translation>
    </message>
    <message>
        <source>A sorted lot may differ from its received weight by the larger of these two.</source>
        <translation>Um lote classificado pode diferir do peso recebido pelo maior destes dois valores.</translation>
    </message>
    <message>
        <source>Sorting tolerance (% of the lot)</source>
        <translation>Tolerância de classificação (% do lote)</translation>
    </message>
    <message>
        <source>Weighing tolerance (ct)</source>
        <translation>Tolerância de pesagem (ct)</translation>
    </message>
    <message>
        <source>A lot weighed on arrival may differ from its declared weight by the larger of these two.</source>
        <translation>Um lote pesado à chegada pode diferir do peso declarado pelo maior destes dois valores.</translation>
    </message>
    <message>
        <source>Weighing tolerance (% of declared)</source>
        <translation>Tolerância de pesagem (% do declarado)</translation>
    </message>
    <message>
        <source>KP certificates valid for (days)</source>
        <translation>Validade dos CPK (dias)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>Value on the KP certificate</source>
        <translation>Valor no CPK</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Times are shown in this zone; type to search.</source>
        <translation>As horas são mostradas neste fuso; escreva para pesquisar.</translation>
    </message>
    <message>
        <source>WDC warranty statement on invoices</source>
        <translation>Declaração de garantia WDC nas facturas</translation>
    </message>
    <message>
        <source>Paper for printed documents</source>
        <translation>Papel dos documentos impressos</translation>
    </message>
    <message>
        <source>Documents are laid out on this sheet (Letter: North American sites).</source>
        <translation>Os documentos são paginados nesta folha (Letter: locais da América do Norte).</translation>
    </message>
    <message>
        <source>Site language (printed documents)</source>
        <translation>Língua do local (documentos impressos)</translation>
    </message>
    <message>
        <source>Receipts, reconciliation reports and labels are printed in it; the KP data sheet, invoice, manifest and valuation sheet stay in English.</source>
        <translation>As guias de recepção, os relatórios de reconciliação e as etiquetas são impressos nesta língua; a ficha de dados do certificado PK, a factura, o manifesto e a folha de avaliação ficam em inglês.</translation>
    </message>
    <message>
        <source>Site language beside English headings</source>
        <translation>Língua do local ao lado dos títulos em inglês</translation>
    </message>
    <message>
        <source>On: the KP data sheet, invoice, manifest and valuation sheet print the site&apos;s language beside their English headings.</source>
        <translation>Activado: a ficha de dados do certificado PK, a factura, o manifesto e a folha de avaliação imprimem a língua do local ao lado dos títulos em inglês.</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence number (invoice)</source>
        <translation>Número de licença do exportador (factura)</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number (invoice)</source>
        <translation>Número fiscal do exportador (factura)</translation>
    </message>
    <message>
        <source>Incoterms (invoice)</source>
        <translation>Incoterms (factura)</translation>
    </message>
    <message>
        <source>e.g. FCA Gaborone (Incoterms 2020)</source>
        <translation>p. ex. FCA Gaborone (Incoterms 2020)</translation>
    </message>
    <message>
        <source>Payment terms (invoice)</source>
        <translation>Condições de pagamento (factura)</translation>
    </message>
    <message>
        <source>Port of export (invoice)</source>
        <translation>Porto de exportação (factura)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Empty: backups/ beside the database.</source>
        <translation>Vazio: backups/ junto à base de dados.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Cópias diárias mantidas</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>cópias de segurança</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Cópias semanais mantidas</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Cópias mensais mantidas</translation>
    </message>
    <message>
        <source>Decimal comma in figures</source>
        <translation>Vírgula decimal nos números</translation>
    </message>
    <message>
        <source>Carats and money are written 12,450 rather than 12.450.</source>
        <translation>Os quilates e os valores escrevem-se 12,450 e não 12.450.</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Bloquear após inactividade (minutos)</translation>
    </message>
    <message>
        <source>The app locks after this many minutes without keyboard or mouse input (0: never).</source>
        <translation>A aplicação bloqueia após este número de minutos sem uso do teclado ou do rato (0: nunca).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Weights may be typed by hand</source>
        <translation>Os pesos podem ser escritos à mão</translation>
    </message>
    <message>
        <source>Off: every weight is captured from a registered balance (typing is refused).</source>
        <translation>Desligado: cada peso é captado de uma balança registada (a escrita é recusada).</translation>
    </message>
    <message>
        <source>Daily balance check required</source>
        <translation>Verificação diária da balança obrigatória</translation>
    </message>
    <message>
        <source>On: a balance captures only after a passing check with a reference weight that day.</source>
        <translation>Ligado: uma balança só capta após uma verificação aprovada com um peso de referência nesse dia.</translation>
    </message>
    <message>
        <source>The highest of the valuations</source>
        <translation>A mais alta das avaliações</translation>
    </message>
    <message>
        <source>The declared value (price book)</source>
        <translation>O valor declarado (lista de preços)</translation>
    </message>
    <message>
        <source>The government valuator&apos;s value</source>
        <translation>O valor do avaliador do governo</translation>
    </message>
    <message>
        <source>The independent valuator&apos;s value</source>
        <translation>O valor do avaliador independente</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Not done: the message shown says why. What you typed is kept.</source>
        <translation>Não feito: a mensagem mostrada diz porquê. O que escreveu é mantido.</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>quilates</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pedras</translation>
    </message>
    <message>
        <source>Nothing was recorded. Press Esc to correct it: what is typed until then is not taken.</source>
        <translation>Nada foi registado. Prima Esc para corrigir: o que for digitado até lá não é aceite.</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>código ou nome</translation>
    </message>
    <message>
        <source>A category&apos;s code or name, or a part of it: e.g. S5-SAW or &apos;macles&apos;</source>
        <translation>O código ou o nome de uma categoria, ou parte dele: p. ex. S5-SAW ou «macles»</translation>
    </message>
    <message>
        <source>Type a category&apos;s code or name.</source>
        <translation>Escreva o código ou o nome de uma categoria.</translation>
    </message>
    <message>
        <source>No category matches &apos;{typed}&apos;.</source>
        <translation>Nenhuma categoria corresponde a «{typed}».</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{typed}&apos; matches %n categories: pick one (arrow keys, Enter) or type the whole code.</source>
        <translation>
            <numerusform>«{typed}» corresponde a %n categoria: escolha uma (setas, Enter) ou escreva o código inteiro.</numerusform>
            <numerusform>«{typed}» corresponde a %n categorias: escolha uma (setas, Enter) ou escreva o código inteiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>repetir palavra-passe: as duas palavras-passe são diferentes</translation>
    </message>
    <message>
        <source>current password: wrong password; one more wrong one locks this workstation; nothing was changed</source>
        <translation>palavra-passe actual: palavra-passe errada; mais uma errada bloqueia este posto de trabalho; nada foi alterado</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>A sua palavra-passe foi mudada.</translation>
    </message>
    <message numerus="yes">
        <source>The current password was typed wrong %n times. Sign in again.</source>
        <translation>
            <numerusform>A palavra-passe actual foi mal escrita %n vez. Inicie sessão novamente.</numerusform>
            <numerusform>A palavra-passe actual foi mal escrita %n vezes. Inicie sessão novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of {name} is set; give it to them in person.</source>
        <translation>A palavra-passe de {name} está definida; entregue-lha pessoalmente.</translation>
    </message>
</context>
</TS>

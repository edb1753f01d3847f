<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <extracomment>Nothing shown is current: everything is read when the page is next shown. What changed while the page was hidden, brought in when it is next shown.</extracomment>
        <translation>Nada a imprimir em {page}.</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>The areas of work, in Go-menu order (the index is what the window stores per user).</extracomment>
        <translation>Receção</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existências</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Encomendas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Search object or details (Ctrl+Shift+F)</source>
        <translation>Procurar objeto ou detalhes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilizador</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>A cadeia não foi verificada nesta sessão.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time ({tz})</source>
        <translation>Hora ({tz})</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details (as recorded)</source>
        <translation>Detalhes (tal como registados)</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>todas as ações</translation>
    </message>
    <message>
        <source>Verifying now: the result comes below</source>
        <translation>A verificar: o resultado aparece abaixo</translation>
    </message>
    <message>
        <source>Verifying the audit chain, the ledger and the file...</source>
        <translation>A verificar a cadeia de auditoria, o livro de registo e o ficheiro...</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>A verificar...</translation>
    </message>
    <message>
        <source>Verified: OK ({counts}).</source>
        <translation>Verificado: OK ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems. {problems}</source>
        <translation>
            <numerusform>Verificação FALHOU: %n problema. {problems}</numerusform>
            <numerusform>Verificação FALHOU: %n problemas. {problems}</numerusform>
        </translation>
    </message>
    <message>
        <source>{said} Note: {notes}.</source>
        <translation>{said} Nota: {notes}.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Verify could not run.</source>
        <translation>Não foi possível executar a verificação.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Em existência</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>Movimentos (livro de registo)</translation>
    </message>
    <message>
        <source>operator</source>
        <extracomment>The roles&apos; names as the users&apos; list and the read-only note say them.</extracomment>
        <translation>operador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
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
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <source>Assortment</source>
        <translation>Sortido</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Posto de trabalho</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balanças</translation>
    </message>
    <message>
        <source>Save changed settings</source>
        <translation>Guardar alterações</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the figure said beside its field.</source>
        <translation>Nada foi guardado: corrija o valor indicado junto ao seu campo.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Nenhuma definição foi alterada.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Guardado: {settings}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Início de sessão</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>Adicionar utilizador...</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>Desativar / reativar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Clear the selected user&apos;s failed sign-ins and lock.</source>
        <translation>Limpar as tentativas falhadas de início de sessão e o bloqueio do utilizador selecionado.</translation>
    </message>
    <message>
        <source>Added {role} {name}.</source>
        <translation>Adicionado: {name} ({role}).</translation>
    </message>
    <message>
        <source>{name} is now active.</source>
        <translation>{name} está agora ativo.</translation>
    </message>
    <message>
        <source>{name} is now inactive.</source>
        <translation>{name} está agora inativo.</translation>
    </message>
    <message>
        <source>Select the user to unlock first.</source>
        <translation>Selecione primeiro o utilizador a desbloquear.</translation>
    </message>
    <message>
        <source>{name} is unlocked; their failed sign-ins are cleared.</source>
        <translation>{name} está desbloqueado; as tentativas falhadas foram limpas.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Import categories from CSV...</source>
        <translation>Importar categorias de CSV...</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importar categorias</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importação recusada</translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows; nothing was imported.</source>
        <translation>
            <numerusform>%n linha inválida; nada foi importado.</numerusform>
            <numerusform>%n linhas inválidas; nada foi importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {path}; nothing was imported.</source>
        <translation>
            <numerusform>%n linha inválida em {path}; nada foi importado.</numerusform>
            <numerusform>%n linhas inválidas em {path}; nada foi importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n categoria importada.</numerusform>
            <numerusform>%n categorias importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD por quilate</translation>
    </message>
    <message>
        <source>The day from which the price holds (today unless picked)</source>
        <translation>O dia a partir do qual o preço vale (hoje, salvo escolha)</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Definir preço</translation>
    </message>
    <message>
        <source>from</source>
        <translation>a partir de</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>USD per carat today</source>
        <translation>USD por quilate hoje</translation>
    </message>
    <message>
        <source>Price of {category} set from {day}.</source>
        <translation>Preço de {category} definido a partir de {day}.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro de cópia</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Feita (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This database is on the facility server ({where}): the server&apos;s own backups keep it (its base backups and WAL archive, set up by IT). A workstation makes none.</source>
        <translation>Esta base de dados está no servidor da instalação ({where}): as cópias do próprio servidor guardam-na (as cópias de base e o arquivo WAL, configurados pela informática). Um posto de trabalho não faz nenhuma.</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rotina</translation>
    </message>
    <message>
        <source>Folder: {folder}. {state}</source>
        <translation>Pasta: {folder}. {state}</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>As cópias de segurança estão em dia.</translation>
    </message>
    <message>
        <source>Facility server</source>
        <translation>Servidor da instalação</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Ficheiro da base de dados</translation>
    </message>
    <message>
        <source>Signed in to it as</source>
        <translation>Sessão iniciada como</translation>
    </message>
    <message>
        <source>(the URL&apos;s user)</source>
        <translation>(o utilizador do URL)</translation>
    </message>
    <message>
        <source>Connect this workstation to a facility server...</source>
        <translation>Ligar este posto a um servidor da instalação...</translation>
    </message>
    <message>
        <source>An admin names the server, tests their sign-in there and saves it in the machine configuration file; sortapp opens it at its next start.</source>
        <translation>Um administrador indica o servidor, testa aí o seu início de sessão e guarda-o no ficheiro de configuração da máquina; o sortapp abre-o no próximo arranque.</translation>
    </message>
    <message>
        <source>{source} sortapp takes --db, else SORTAPP_DB, else the machine configuration file {config}, else the database file in your user folder. An admin connects this workstation to a facility server here; sortapp opens it at its next start.</source>
        <translation>{source} O sortapp usa --db, senão SORTAPP_DB, senão o ficheiro de configuração da máquina {config}, senão o ficheiro da base de dados na sua pasta de utilizador. Um administrador liga aqui este posto a um servidor da instalação; o sortapp abre-o no próximo arranque.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start. {overridden}.</source>
        <translation>Guardado em {path}: o sortapp abre o servidor da instalação no próximo arranque. {overridden}.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start.</source>
        <translation>Guardado em {path}: o sortapp abre o servidor da instalação no próximo arranque.</translation>
    </message>
    <message>
        <source>This workstation opens the facility server at its next start.</source>
        <translation>Este posto abre o servidor da instalação no próximo arranque.</translation>
    </message>
    <message>
        <source>Only an admin can change the site&apos;s settings; you are signed in as {name} ({role}), so they are shown read-only.</source>
        <translation>Só um administrador pode alterar as definições do local; tem sessão iniciada como {name} ({role}), por isso são mostradas só para leitura.</translation>
    </message>
    <message>
        <source>Admins change the site, its users and its data</source>
        <translation>Os administradores alteram o local, os seus utilizadores e os seus dados</translation>
    </message>
    <message>
        <source>Admins manage users</source>
        <translation>Os administradores gerem os utilizadores</translation>
    </message>
    <message>
        <source>Supervisors set prices</source>
        <translation>Os supervisores definem os preços</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>The KP statistics&apos; columns (headings marked: shown through ``marked``).</extracomment>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SH</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>exports</source>
        <extracomment>The KP statistics&apos; directions, as a row and the totals name them.</extracomment>
        <translation>exportações</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importações</translation>
    </message>
    <message>
        <source>KP statistics</source>
        <translation>Estatísticas PK</translation>
    </message>
    <message>
        <source>Lot reconciliation</source>
        <translation>Reconciliação do lote</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Rastreabilidade</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}</source>
        <translation>{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n encomenda</numerusform>
            <numerusform>%n encomendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificado</numerusform>
            <numerusform>%n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals {parts}</source>
        <translation>Totais: {parts}</translation>
    </message>
    <message>
        <source>lot number, Enter</source>
        <translation>número do lote, Enter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>Triado</translation>
    </message>
    <message>
        <source>Loss: {kind}</source>
        <translation>Perda: {kind}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>lot number: where did it go?</source>
        <translation>número do lote: para onde foi?</translation>
    </message>
    <message>
        <source>parcel number: where did it come from?</source>
        <translation>número da encomenda: de onde veio?</translation>
    </message>
    <message>
        <source>or parcel</source>
        <translation>ou encomenda</translation>
    </message>
    <message>
        <source>Lot / parcel / place</source>
        <translation>Lote / encomenda / posição</translation>
    </message>
    <message>
        <source>Origin / status</source>
        <translation>Origem / estado</translation>
    </message>
    <message>
        <source>Lot {lot} (origin {origin}): where its carats are</source>
        <translation>Lote {lot} (origem {origin}): onde estão os seus quilates</translation>
    </message>
    <message>
        <source>parcel {parcel}</source>
        <translation>encomenda {parcel}</translation>
    </message>
    <message>
        <source>Parcel {parcel} (origin {origin}): its lots</source>
        <translation>Encomenda {parcel} (origem {origin}): os seus lotes</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Execute primeiro o relatório; não há nada a exportar.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível escrever {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>%n linha exportada para {path}.</numerusform>
            <numerusform>%n linhas exportadas para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>The id of the parcel shown (its changes are shown at once).</extracomment>
        <translation>todas</translation>
    </message>
    <message>
        <source>New parcel...</source>
        <translation>Nova encomenda...</translation>
    </message>
    <message>
        <source>Importers...</source>
        <translation>Importadores...</translation>
    </message>
    <message>
        <source>The register of importers: the address and identifiers the invoice and KP sheet print (supervisors and admins add and change them)</source>
        <translation>O registo de importadores: a morada e os identificadores que a fatura e a folha PK imprimem (supervisores e administradores adicionam-nos e alteram-nos)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valor USD</translation>
    </message>
    <message>
        <source>Select or create a parcel.</source>
        <translation>Selecione ou crie uma encomenda.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/ct</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Seal...</source>
        <translation>Selar...</translation>
    </message>
    <message>
        <source>Ship...</source>
        <translation>Expedir...</translation>
    </message>
    <message>
        <source>Value...</source>
        <translation>Avaliar...</translation>
    </message>
    <message>
        <source>Record a valuation and who gave it (supervisor)</source>
        <translation>Registar uma avaliação e quem a fez (supervisor)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Anular...</translation>
    </message>
    <message>
        <source>Remove packing...</source>
        <translation>Retirar embalagem...</translation>
    </message>
    <message>
        <source>Return one packing&apos;s goods to stock (supervisor)</source>
        <translation>Devolver às existências a mercadoria de uma embalagem (supervisor)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Parcel manifest</source>
        <translation>Manifesto da encomenda</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Folha de dados do certificado PK</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Fatura comercial</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Folha de avaliação</translation>
    </message>
    <message>
        <source>Parcel label</source>
        <translation>Etiqueta da encomenda</translation>
    </message>
    <message>
        <source>Export transfer file...</source>
        <translation>Exportar ficheiro de transferência...</translation>
    </message>
    <message>
        <source>Add from stock (whole balances of a lot need no stones)</source>
        <translation>Adicionar das existências (o saldo inteiro de um lote dispensa pedras)</translation>
    </message>
    <message>
        <source>optional: oldest first</source>
        <translation>opcional: os mais antigos primeiro</translation>
    </message>
    <message>
        <source>if counted</source>
        <translation>se contadas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>KP certificate {cert}, issued {issued}, expires {expires}; seals {seals}</source>
        <translation>Certificado PK {cert}, emitido em {issued}, expira em {expires}; selos {seals}</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Não selada</translation>
    </message>
    <message>
        <source> Voided: {reason}</source>
        <translation> Anulada: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parcel {parcel}&lt;/b&gt; ({status}) from {exporter} to {importer}, {destination}. Origin: {origin}. {cert}.{voided}{shipped}</source>
        <translation>&lt;b&gt;Encomenda {parcel}&lt;/b&gt; ({status}) de {exporter} para {importer}, {destination}. Origem: {origin}. {cert}.{voided}{shipped}</translation>
    </message>
    <message>
        <source>Total: {ct} ct, {stones}, {book} USD at the price book; certificate value {value} USD{valuations}</source>
        <translation>Total: {ct} ct, {stones}, {book} USD pela tabela de preços; valor do certificado {value} USD{valuations}</translation>
    </message>
    <message>
        <source> (valuations: {valuations})</source>
        <translation> (avaliações: {valuations})</translation>
    </message>
    <message>
        <source>carrier not recorded</source>
        <translation>transportador não registado</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registada</translation>
    </message>
    <message>
        <source> Shipped by {carrier}, air waybill {awb}.</source>
        <translation> Expedida por {carrier}, carta de porte aéreo {awb}.</translation>
    </message>
    <message>
        <source>Select a parcel first</source>
        <translation>Selecione primeiro uma encomenda</translation>
    </message>
    <message>
        <source>Parcel {parcel} is {status}: {why}</source>
        <translation>A encomenda {parcel} está {status}: {why}</translation>
    </message>
    <message>
        <source>only a draft parcel takes goods</source>
        <translation>só uma encomenda em rascunho recebe mercadoria</translation>
    </message>
    <message>
        <source>only a draft&apos;s packings come out</source>
        <translation>só se retiram embalagens de um rascunho</translation>
    </message>
    <message>
        <source>Supervisors remove packings</source>
        <translation>Os supervisores retiram embalagens</translation>
    </message>
    <message>
        <source>Parcel {parcel} holds no goods yet</source>
        <translation>A encomenda {parcel} ainda não tem mercadoria</translation>
    </message>
    <message>
        <source>only a draft is sealed</source>
        <translation>só um rascunho é selado</translation>
    </message>
    <message>
        <source>Supervisors seal parcels</source>
        <translation>Os supervisores selam as encomendas</translation>
    </message>
    <message>
        <source>only a draft is valued</source>
        <translation>só um rascunho é avaliado</translation>
    </message>
    <message>
        <source>Supervisors value parcels</source>
        <translation>Os supervisores avaliam as encomendas</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>só uma encomenda selada é expedida</translation>
    </message>
    <message>
        <source>Supervisors ship parcels</source>
        <translation>Os supervisores expedem as encomendas</translation>
    </message>
    <message>
        <source>its documents come once it is sealed</source>
        <translation>os documentos surgem depois de selada</translation>
    </message>
    <message>
        <source>a transfer file is made once it is sealed</source>
        <translation>um ficheiro de transferência faz-se depois de selada</translation>
    </message>
    <message>
        <source>Supervisors export transfer files</source>
        <translation>Os supervisores exportam ficheiros de transferência</translation>
    </message>
    <message>
        <source>only a draft or sealed parcel is voided</source>
        <translation>só uma encomenda em rascunho ou selada é anulada</translation>
    </message>
    <message>
        <source>Supervisors void parcels</source>
        <translation>Os supervisores anulam as encomendas</translation>
    </message>
    <message>
        <source>In stock: {ct} ct, stones {stones}</source>
        <translation>Em existência: {ct} ct, pedras {stones}</translation>
    </message>
    <message>
        <source>Not in stock.</source>
        <translation>Sem existências.</translation>
    </message>
    <message>
        <source>Importer&apos;s country</source>
        <translation>País do importador</translation>
    </message>
    <message>
        <source>Create the parcel to this destination?</source>
        <translation>Criar a encomenda para este destino?</translation>
    </message>
    <message>
        <source>Created draft parcel {parcel}.</source>
        <translation>Criada a encomenda em rascunho {parcel}.</translation>
    </message>
    <message>
        <source>Added to parcel {parcel}.</source>
        <translation>Adicionado à encomenda {parcel}.</translation>
    </message>
    <message>
        <source>Packed {goods} of {category} into parcel {parcel}; it holds {held}.</source>
        <translation>Embalado {goods} de {category} na encomenda {parcel}; contém {held}.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Selar a encomenda {parcel}</translation>
    </message>
    <message>
        <source>Sealed parcel {parcel} under KP certificate {cert}, seals {seals}</source>
        <translation>Encomenda {parcel} selada com o certificado PK {cert}, selos {seals}</translation>
    </message>
    <message>
        <source>Parcel {parcel} shipped by {carrier} (air waybill {awb}): it has left the site for {destination}</source>
        <translation>Encomenda {parcel} expedida por {carrier} (carta de porte aéreo {awb}): saiu do local para {destination}</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Expedir a encomenda {parcel}</translation>
    </message>
    <message>
        <source>Ship with this air waybill number?</source>
        <translation>Expedir com este número de carta de porte aéreo?</translation>
    </message>
    <message>
        <source>Recorded the {valuer} valuation of parcel {parcel}.</source>
        <translation>Registada a avaliação {valuer} da encomenda {parcel}.</translation>
    </message>
    <message>
        <source>Void parcel {parcel}</source>
        <translation>Anular a encomenda {parcel}</translation>
    </message>
    <message>
        <source>Void parcel {parcel} ({status}) to {importer}: {ct} ct, {stones} {lines} return to stock.</source>
        <translation>Anular a encomenda {parcel} ({status}) para {importer}: {ct} ct, {stones} {lines} voltam às existências.</translation>
    </message>
    <message numerus="yes">
        <source>in %n lines</source>
        <translation>
            <numerusform>em %n linha</numerusform>
            <numerusform>em %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel {parcel} voided; its goods are back in stock.</source>
        <translation>Encomenda {parcel} anulada; a sua mercadoria voltou às existências.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{packing}: {category} {ct} ct from {lots} ({user})</source>
        <translation>{packing}: {category} {ct} ct de {lots} ({user})</translation>
    </message>
    <message>
        <source>Packing {packing} removed from parcel {parcel}; its goods are back in stock.</source>
        <translation>Embalagem {packing} retirada da encomenda {parcel}; a sua mercadoria voltou às existências.</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>nenhuma mercadoria embalada</translation>
    </message>
    <message>
        <source>Ship parcel {parcel} (KP certificate {cert}) to {importer}, {destination}:
Carrier {carrier}, air waybill {awb}
{ct} ct, {stones}

Its goods leave the stock as shipped; it can no longer be voided.</source>
        <translation>Expedir a encomenda {parcel} (certificado PK {cert}) para {importer}, {destination}:
Transportador {carrier}, carta de porte aéreo {awb}
{ct} ct, {stones}

A sua mercadoria sai das existências como expedida; já não poderá ser anulada.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel} to {importer}, {destination}:
KP certificate {cert}, issued {issued}, expires {expires}
Seals {seals}
{ct} ct, {stones}, value {value} USD
Origin {origin}{countries}

Its contents, prices, value and origin are frozen.</source>
        <translation>Selar a encomenda {parcel} para {importer}, {destination}:
Certificado PK {cert}, emitido em {issued}, expira em {expires}
Selos {seals}
{ct} ct, {stones}, valor {value} USD
Origem {origin}{countries}

O seu conteúdo, preços, valor e origem ficam fixados.</translation>
    </message>
    <message>
        <source>Origins of the selected category</source>
        <translation>Origens da categoria selecionada</translation>
    </message>
    <message>
        <source>Filter by lot, parcel or ledger number</source>
        <translation>Filtrar por lote, encomenda ou número de lançamento</translation>
    </message>
    <message>
        <source>Posted ({tz})</source>
        <translation>Lançado ({tz})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Encomenda</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> ({counted} de {lines} linhas de lotes contadas)</translation>
    </message>
    <message>
        <source>On hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>Em existência: {ct} ct, {stones}{of_them}, {usd} USD pela tabela de preços de hoje, {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n stones counted</source>
        <translation>
            <numerusform>%n pedra contada</numerusform>
            <numerusform>%n pedras contadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>em %n categoria</numerusform>
            <numerusform>em %n categorias</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a category to see its origins</source>
        <translation>Selecione uma categoria para ver as suas origens</translation>
    </message>
    <message>
        <source>Origins of {category}</source>
        <translation>Origens de {category}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <translation>Nada a imprimir em {page}.</translation>
    </message>
    <message>
        <source>Nothing to correct on {page}.</source>
        <translation>Nada a corrigir em {page}.</translation>
    </message>
    <message>
        <source>awaiting weight</source>
        <translation>a aguardar pesagem</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebido</translation>
    </message>
    <message>
        <source>sorting</source>
        <translation>em classificação</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>classificado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>selada</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expedida</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, nem todas contadas</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Classificação</translation>
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
        <translation>Procurar objecto ou detalhes (Ctrl+Shift+F)</translation>
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
        <source>In full (each index against its table)</source>
        <translation>Por inteiro (cada índice contra a sua tabela)</translation>
    </message>
    <message>
        <source>Check every row again, not only those since the last verified run, and compare each index with its table: several times slower on a long history.</source>
        <translation>Verificar de novo cada linha, não só as posteriores à última verificação bem-sucedida, e comparar cada índice com a sua tabela: várias vezes mais lento num histórico longo.</translation>
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
        <translation>Acção</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objecto</translation>
    </message>
    <message>
        <source>Details (as recorded)</source>
        <translation>Detalhes (tal como registados)</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>todas as acções</translation>
    </message>
    <message>
        <source>Verifying now: the result comes below</source>
        <translation>A verificar: o resultado aparece abaixo</translation>
    </message>
    <message>
        <source>Verifying everything in full, each index against its table...</source>
        <translation>A verificar tudo por inteiro, cada índice contra a sua tabela...</translation>
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
    <message numerus="yes">
        <source>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list every one.)</source>
        <translation>
            <numerusform>(mais %n: «Mostrar detalhes…» na caixa, e a dica desta linha, listam todos.)</numerusform>
            <numerusform>(mais %n: «Mostrar detalhes…» na caixa, e a dica desta linha, listam todos.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems; the first: {problem}</source>
        <translation>
            <numerusform>Verificação FALHOU: %n problema: {problem}</numerusform>
            <numerusform>Verificação FALHOU: %n problemas; o primeiro: {problem}</numerusform>
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
    <message numerus="yes">
        <source>%n protected rows</source>
        <translation>
            <numerusform>%n linha protegida</numerusform>
            <numerusform>%n linhas protegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed entries</source>
        <translation>
            <numerusform>%n entrada assinada</numerusform>
            <numerusform>%n entradas assinadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n entrada de auditoria</numerusform>
            <numerusform>%n entradas de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n lançamento do razão</numerusform>
            <numerusform>%n lançamentos do razão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sorting entries</source>
        <translation>
            <numerusform>%n entrada de classificação</numerusform>
            <numerusform>%n entradas de classificação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n linha do razão</numerusform>
            <numerusform>%n linhas do razão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed parcels</source>
        <translation>
            <numerusform>%n encomenda selada</numerusform>
            <numerusform>%n encomendas seladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoints</source>
        <translation>
            <numerusform>%n ponto de controlo</numerusform>
            <numerusform>%n pontos de controlo</numerusform>
        </translation>
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
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>pre-restore</source>
        <translation>antes do restauro</translation>
    </message>
    <message>
        <source>pre-migration</source>
        <translation>antes da actualização</translation>
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
        <translation>Lista de preços</translation>
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
        <translation>Activo</translation>
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
        <source>Set password...</source>
        <translation>Definir palavra-passe...</translation>
    </message>
    <message>
        <source>Set a new password for the selected user (one who forgot theirs).</source>
        <translation>Definir uma nova palavra-passe para o utilizador seleccionado (que esqueceu a sua).</translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation>Mudar função...</translation>
    </message>
    <message>
        <source>Make the selected user an operator, a supervisor or an admin.</source>
        <translation>Tornar o utilizador seleccionado operador, supervisor ou administrador.</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>Desactivar / reactivar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Clear the selected user&apos;s failed sign-ins and lock.</source>
        <translation>Limpar as tentativas falhadas de início de sessão e o bloqueio do utilizador seleccionado.</translation>
    </message>
    <message>
        <source>Added {role} {name}.</source>
        <translation>Adicionado: {name} ({role}).</translation>
    </message>
    <message>
        <source>Select the user whose password to set first.</source>
        <translation>Seleccione primeiro o utilizador cuja palavra-passe quer definir.</translation>
    </message>
    <message>
        <source>Select the user whose role to change first.</source>
        <translation>Seleccione primeiro o utilizador cuja função quer mudar.</translation>
    </message>
    <message>
        <source>User {name} is now {role}.</source>
        <translation>O utilizador {name} é agora {role}.</translation>
    </message>
    <message>
        <source>Select the user to deactivate or reactivate first.</source>
        <translation>Seleccione primeiro o utilizador a desactivar ou reactivar.</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Desactivar {name}</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in.</source>
        <translation>Desactivar {name}? Deixará de poder iniciar sessão.</translation>
    </message>
    <message>
        <source>Nothing changed: {name} is still active.</source>
        <translation>Nada foi alterado: {name} continua activo.</translation>
    </message>
    <message>
        <source>Select the user to unlock first.</source>
        <translation>Seleccione primeiro o utilizador a desbloquear.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Classe de tamanho</translation>
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
        <source>Names in other languages...</source>
        <translation>Nomes noutras línguas...</translation>
    </message>
    <message>
        <source>Import names from CSV...</source>
        <translation>Importar nomes de CSV...</translation>
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
        <source>Names of {code} saved.</source>
        <translation>Nomes de {code} guardados.</translation>
    </message>
    <message>
        <source>Import names</source>
        <translation>Importar nomes</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n names.</source>
        <translation>
            <numerusform>%n nome importado.</numerusform>
            <numerusform>%n nomes importados.</numerusform>
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
        <translation>Esta base de dados está no servidor das instalações ({where}): as cópias de segurança do próprio servidor guardam-na (as cópias de base e o arquivo WAL, configurados pela informática). Um posto de trabalho não faz nenhuma.</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rotina</translation>
    </message>
    <message>
        <source>User {name} is now active.</source>
        <translation>O utilizador {name} está agora activo.</translation>
    </message>
    <message>
        <source>User {name} is now inactive.</source>
        <translation>O utilizador {name} está agora inactivo.</translation>
    </message>
    <message>
        <source>User {name} is unlocked; their failed sign-ins are cleared.</source>
        <translation>O utilizador {name} está desbloqueado; as tentativas falhadas foram limpas.</translation>
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
        <translation>Servidor das instalações</translation>
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
        <translation>Ligar este posto a um servidor das instalações...</translation>
    </message>
    <message>
        <source>An admin names the server, tests their sign-in there and saves it in the machine configuration file; sortapp opens it at its next start.</source>
        <translation>Um administrador indica o servidor, testa aí o seu início de sessão e guarda-o no ficheiro de configuração da máquina; o sortapp abre-o no próximo arranque.</translation>
    </message>
    <message>
        <source>{source} sortapp takes --db, else SORTAPP_DB, else the machine configuration file {config}, else the database file in your user folder. An admin connects this workstation to a facility server here; sortapp opens it at its next start.</source>
        <translation>{source} O sortapp usa --db, senão SORTAPP_DB, senão o ficheiro de configuração da máquina {config}, senão o ficheiro da base de dados na sua pasta de utilizador. Um administrador liga aqui este posto a um servidor das instalações; o sortapp abre-o no próximo arranque.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start. {overridden}.</source>
        <translation>Guardado em {path}: o sortapp abre o servidor das instalações no próximo arranque. {overridden}.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start.</source>
        <translation>Guardado em {path}: o sortapp abre o servidor das instalações no próximo arranque.</translation>
    </message>
    <message>
        <source>This workstation opens the facility server at its next start.</source>
        <translation>Este posto abre o servidor das instalações no próximo arranque.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the site&apos;s settings are shown read-only.</source>
        <translation>A base de dados está aberta só para leitura, por isso as definições do local são mostradas só para leitura.</translation>
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
        <source>Supervisors name the assortment in other languages</source>
        <translation>Os supervisores dão nomes ao sortido noutras línguas</translation>
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
        <source>Year end</source>
        <translation>Fim de ano</translation>
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
        <source>Received ({tz})</source>
        <translation>Recebido ({tz})</translation>
    </message>
    <message>
        <source>Weighed ct</source>
        <translation>Pesado ct</translation>
    </message>
    <message>
        <source>Declared ct</source>
        <translation>Declarado ct</translation>
    </message>
    <message>
        <source>Mine / supplier</source>
        <translation>Mina / fornecedor</translation>
    </message>
    <message>
        <source>Weigh lot...</source>
        <translation>Pesar lote...</translation>
    </message>
    <message>
        <source>Weigh again...</source>
        <translation>Pesar de novo...</translation>
    </message>
    <message>
        <source>Correct the weight of a lot weighed wrongly, before sorting starts (supervisor)</source>
        <translation>Corrigir o peso de um lote mal pesado, antes de a classificação começar (supervisor)</translation>
    </message>
    <message>
        <source>Acknowledge weight difference...</source>
        <translation>Reconhecer diferença de peso...</translation>
    </message>
    <message>
        <source>Sort this lot</source>
        <translation>Classificar este lote</translation>
    </message>
    <message>
        <source>Print receipt...</source>
        <translation>Imprimir guia de recepção...</translation>
    </message>
    <message>
        <source>Print label...</source>
        <translation>Imprimir etiqueta...</translation>
    </message>
    <message>
        <source>Import lots (CSV)...</source>
        <translation>Importar lotes (CSV)...</translation>
    </message>
    <message>
        <source>Import lots</source>
        <translation>Importar lotes</translation>
    </message>
    <message>
        <source>Import transfer file...</source>
        <translation>Importar ficheiro de transferência...</translation>
    </message>
    <message>
        <source>Receive a lot (scan or type; Enter moves on, Enter on the last field receives)</source>
        <translation>Receber um lote (leia ou escreva; Enter avança, Enter no último campo recebe)</translation>
    </message>
    <message>
        <source>scan the lot label</source>
        <translation>leia a etiqueta do lote</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>from the papers</source>
        <translation>segundo os documentos</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <source>imports only</source>
        <translation>só importações</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>When the lot arrived, in the site&apos;s time: YYYY-MM-DD HH:MM (blank: now)</source>
        <translation>Quando o lote chegou, na hora do local: AAAA-MM-DD HH:MM (em branco: agora)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receber</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número do lote</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Selos</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Expedido de</translation>
    </message>
    <message>
        <source>Incoming KP cert</source>
        <translation>CPK de entrada</translation>
    </message>
    <message>
        <source>not for a domestic lot</source>
        <translation>vazio se nacional</translation>
    </message>
    <message>
        <source>the receiving form</source>
        <translation>o formulário de recepção</translation>
    </message>
    <message>
        <source>Receiving form cleared; nothing was received.</source>
        <translation>Formulário de recepção limpo; nada foi recebido.</translation>
    </message>
    <message>
        <source>Received lot {lot}.</source>
        <translation>Recebido o lote {lot}.</translation>
    </message>
    <message>
        <source>Search lot, supplier, mine, certificate (Ctrl+Shift+F)</source>
        <translation>Procurar lote, fornecedor, mina, certificado (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>todos os estados</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>todas as origens</translation>
    </message>
    <message numerus="yes">
        <source>{count}{more} lots</source>
        <translation>
            <numerusform>{count}{more} lote</numerusform>
            <numerusform>{count}{more} lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisors acknowledge weight differences</source>
        <translation>Os supervisores reconhecem as diferenças de peso</translation>
    </message>
    <message>
        <source>Supervisors weigh a lot again</source>
        <translation>Os supervisores voltam a pesar um lote</translation>
    </message>
    <message>
        <source>Supervisors import transfer files</source>
        <translation>Os supervisores importam ficheiros de transferência</translation>
    </message>
    <message>
        <source>Select a lot to print for first.</source>
        <translation>Seleccione primeiro o lote a imprimir.</translation>
    </message>
    <message>
        <source>Select a lot awaiting weight first.</source>
        <translation>Seleccione primeiro um lote à espera de pesagem.</translation>
    </message>
    <message>
        <source>Weighed lot {lot}.</source>
        <translation>Lote {lot} pesado.</translation>
    </message>
    <message>
        <source>Select a weighed lot not yet sorted first.</source>
        <translation>Seleccione primeiro um lote pesado ainda não classificado.</translation>
    </message>
    <message>
        <source>Lot {lot} weighed again.</source>
        <translation>Lote {lot} pesado de novo.</translation>
    </message>
    <message>
        <source>Select a flagged lot first.</source>
        <translation>Seleccione primeiro um lote assinalado.</translation>
    </message>
    <message>
        <source>Weight difference of lot {lot} acknowledged.</source>
        <translation>Diferença de peso do lote {lot} reconhecida.</translation>
    </message>
    <message>
        <source>Acknowledge lot {lot}</source>
        <translation>Reconhecer a diferença do lote {lot}</translation>
    </message>
    <message>
        <source>{goods} weighed in</source>
        <translation>{goods} pesados</translation>
    </message>
    <message>
        <source>{goods} declared, awaiting weighing</source>
        <translation>{goods} declarados, à espera de pesagem</translation>
    </message>
    <message>
        <source>Received lot {lot}: {weight}, origin {origin} ({source}).</source>
        <translation>Recebido o lote {lot}: {weight}, origem {origin} ({source}).</translation>
    </message>
    <message>
        <source>It arrived {when} (site time).</source>
        <translation>Chegou em {when} (hora do local).</translation>
    </message>
    <message>
        <source>Weigh lot {lot} again</source>
        <translation>Pesar de novo o lote {lot}</translation>
    </message>
    <message>
        <source>Weigh lot {lot}</source>
        <translation>Pesar o lote {lot}</translation>
    </message>
    <message>
        <source>
Its receipt is reversed in the ledger and a new one posted; the first weight stays on record.</source>
        <translation>
A sua recepção é estornada no livro de registo e lançada uma nova; o primeiro peso fica registado.</translation>
    </message>
    <message>
        <source>Stones (optional)</source>
        <translation>Pedras (opcional)</translation>
    </message>
    <message>
        <source>Lot {lot}, origin {origin} ({source}). On the papers: {declared}{stones}.</source>
        <translation>Lote {lot}, origem {origin} ({source}). Nos documentos: {declared}{stones}.</translation>
    </message>
    <message>
        <source>no carats declared</source>
        <translation>nenhum quilate declarado</translation>
    </message>
    <message>
        <source>, stones not declared</source>
        <translation>, pedras não declaradas</translation>
    </message>
    <message>
        <source> Weighed before: {goods}.</source>
        <translation> Pesado antes: {goods}.</translation>
    </message>
    <message>
        <source> {count} stones counted at receipt: leave Stones blank to keep that count.</source>
        <translation> {count} pedras contadas na recepção: deixe Pedras em branco para manter essa contagem.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message>
        <source>Lot {lot}: declared {declared}, weighed {weighed}: a difference of {difference} ({percent} %), beyond the tolerance of {tolerance}.
You accept these figures as they are; say why.</source>
        <translation>Lote {lot}: declarado {declared}, pesado {weighed}: uma diferença de {difference} ({percent} %), além da tolerância de {tolerance}.
Aceita estes valores tal como estão; diga porquê.</translation>
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
        <translation>n.º do lote, Enter</translation>
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
        <translation>Classificado</translation>
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
        <source>not yet weighed</source>
        <translation>ainda não pesado</translation>
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
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Sorted stock, all</source>
        <translation>Existências classificadas, total</translation>
    </message>
    <message>
        <source>Awaiting sorting (not valued)</source>
        <translation>Por classificar (não valorizado)</translation>
    </message>
    <message>
        <source>In parcels, not shipped</source>
        <translation>Em encomendas não expedidas</translation>
    </message>
    <message>
        <source>On hand, all</source>
        <translation>Em existência, total</translation>
    </message>
    <message>
        <source>At the end of {year}, valued at the price book of {day}.</source>
        <translation>No fim de {year}, valorizado pela lista de preços de {day}.</translation>
    </message>
    <message>
        <source>{year} has not ended: the stock recorded so far, valued at the price book of {day}.</source>
        <translation>O ano de {year} ainda não terminou: as existências registadas até agora, valorizadas pela lista de preços de {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n movements dated in {year} were recorded after it ended (see the audit log).</source>
        <translation>
            <numerusform>%n movimento datado de {year} foi registado depois do seu fim (ver o registo de auditoria).</numerusform>
            <numerusform>%n movimentos datados de {year} foram registados depois do seu fim (ver o registo de auditoria).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories are valued at a price set after {year} ended (see the price book).</source>
        <translation>
            <numerusform>%n categoria é avaliada a um preço fixado depois do fim de {year} (ver a lista de preços).</numerusform>
            <numerusform>%n categorias são avaliadas a um preço fixado depois do fim de {year} (ver a lista de preços).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Execute primeiro o relatório; não há nada a exportar.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>%n linha exportada para {path}.</numerusform>
            <numerusform>%n linhas exportadas para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>price book</source>
        <translation>lista de preços</translation>
    </message>
    <message>
        <source>override</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>all</source>
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
        <translation>O registo de importadores: a morada e os identificadores que a factura e a ficha do CPK imprimem (supervisores e administradores adicionam-nos e alteram-nos)</translation>
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
        <translation>Seleccione ou crie uma encomenda.</translation>
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
        <translation>Ficha de dados do CPK</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Factura comercial</translation>
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
        <translation>vazio: os mais antigos</translation>
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
        <translation>CPK {cert}, emitido em {issued}, expira em {expires}; selos {seals}</translation>
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
        <translation>Total: {ct} ct, {stones}, {book} USD pela lista de preços; valor do certificado {value} USD{valuations}</translation>
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
        <translation>Seleccione primeiro uma encomenda</translation>
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
        <source>goods to pack</source>
        <translation>a mercadoria a embalar</translation>
    </message>
    <message>
        <source>Select the draft parcel to pack into first.</source>
        <translation>Seleccione primeiro a encomenda em rascunho a preencher.</translation>
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
        <translation>Encomenda {parcel} selada com o CPK {cert}, selos {seals}</translation>
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
        <source>Select a parcel to print for first.</source>
        <translation>Seleccione primeiro a encomenda a imprimir.</translation>
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
        <translation>Expedir a encomenda {parcel} (CPK {cert}) para {importer}, {destination}:
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
CPK {cert}, emitido em {issued}, expira em {expires}
Selos {seals}
{ct} ct, {stones}, valor {value} USD
Origem {origin}{countries}

O seu conteúdo, preços, valor e origem ficam fixados.</translation>
    </message>
    <message>
        <source>Origins of the selected category</source>
        <translation>Origens da categoria seleccionada</translation>
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
        <source>Reverse the selected entry (none selected: the lot&apos;s last that stands; F8), with a reason: an operator the lot&apos;s last entry if it is theirs (once), a supervisor any entry</source>
        <translation>Estornar a entrada seleccionada (nenhuma: a última do lote ainda válida; F8), com um motivo: um operador a última entrada do lote se for sua (uma vez), um supervisor qualquer entrada</translation>
    </message>
    <message>
        <source>Lot {lot} is not weighed yet: weigh it on Receiving first</source>
        <translation>O lote {lot} ainda não foi pesado: pese-o primeiro em Recepção</translation>
    </message>
    <message>
        <source>Lot {lot} is sorted and closed</source>
        <translation>O lote {lot} está classificado e fechado</translation>
    </message>
    <message>
        <source>scan or type the lot number, Enter</source>
        <translation>leia ou escreva o número do lote, Enter</translation>
    </message>
    <message>
        <source>No lot open.</source>
        <translation>Nenhum lote aberto.</translation>
    </message>
    <message>
        <source>Record results (Enter commits; the cursor returns to the category)</source>
        <translation>Registar resultados (Enter confirma; o cursor volta à categoria)</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Adicionar entrada</translation>
    </message>
    <message>
        <source>Record loss</source>
        <translation>Registar perda</translation>
    </message>
    <message>
        <source>Category / loss</source>
        <translation>Categoria / perda</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correcção</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <source>Correct selected entry...</source>
        <translation>Corrigir a entrada seleccionada...</translation>
    </message>
    <message>
        <source>Close sorting</source>
        <translation>Fechar classificação</translation>
    </message>
    <message>
        <source>Reconciliation report...</source>
        <translation>Relatório de reconciliação...</translation>
    </message>
    <message>
        <source>Import results (CSV)...</source>
        <translation>Importar resultados (CSV)...</translation>
    </message>
    <message>
        <source>Import sorting results</source>
        <translation>Importar resultados de classificação</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliação</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Perdas</translation>
    </message>
    <message>
        <source>Stone difference</source>
        <translation>Diferença de pedras</translation>
    </message>
    <message>
        <source>Entry carats</source>
        <translation>Quilates da entrada</translation>
    </message>
    <message>
        <source>Loss carats</source>
        <translation>Quilates da perda</translation>
    </message>
    <message>
        <source>lot {lot} opened</source>
        <translation>lote {lot} aberto</translation>
    </message>
    <message>
        <source>Entry into {category} of lot {lot}.</source>
        <translation>Entrada em {category} do lote {lot}.</translation>
    </message>
    <message>
        <source>Correct the entry, then Enter.</source>
        <translation>Corrija a entrada e prima Enter.</translation>
    </message>
    <message>
        <source>a sorting entry</source>
        <translation>uma entrada de classificação</translation>
    </message>
    <message>
        <source>Entry cleared; nothing was recorded.</source>
        <translation>Entrada limpa; nada foi registado.</translation>
    </message>
    <message>
        <source>Select the entry to correct first.</source>
        <translation>Seleccione primeiro a entrada a corrigir.</translation>
    </message>
    <message>
        <source>Entry {entry} reversed.</source>
        <translation>Entrada {entry} estornada.</translation>
    </message>
    <message>
        <source>Correct entry {entry}</source>
        <translation>Corrigir a entrada {entry}</translation>
    </message>
    <message>
        <source>Close sorting of lot {lot}</source>
        <translation>Fechar a classificação do lote {lot}</translation>
    </message>
    <message>
        <source>Lot {lot} closed: its goods are in stock by category</source>
        <translation>Lote {lot} fechado: a sua mercadoria está nas existências por categoria</translation>
    </message>
    <message>
        <source>Lot {lot} not closed; its sorting goes on.</source>
        <translation>Lote {lot} não fechado; a sua classificação continua.</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after this summary was made; nothing was closed; cancel, and close its sorting again to see them now</source>
        <translation>lote {lot}: os seus números mudaram depois deste resumo; nada foi fechado; cancele e feche de novo a sua classificação para os ver agora</translation>
    </message>
    <message>
        <source>Lot {lot} closed, the difference accepted by {user}</source>
        <translation>Lote {lot} fechado, a diferença aceite por {user}</translation>
    </message>
    <message>
        <source>Open a lot first: scan or type its number.</source>
        <translation>Abra primeiro um lote: leia ou escreva o seu número.</translation>
    </message>
    <message>
        <source>{lot}: {status}, origin {origin} ({source}), received {ct} ct{flag}</source>
        <translation>{lot}: {status}, origem {origin} ({source}), recebido {ct} ct{flag}</translation>
    </message>
    <message>
        <source>, WEIGHT DIFFERENCE NOT ACKNOWLEDGED</source>
        <translation>, DIFERENÇA DE PESO NÃO ACEITE</translation>
    </message>
    <message>
        <source>loss: {kind}</source>
        <translation>perda: {kind}</translation>
    </message>
    <message>
        <source>reverses {entry}: {reason}</source>
        <translation>estorna {entry}: {reason}</translation>
    </message>
    <message>
        <source>reversed by {entry}</source>
        <translation>estornada por {entry}</translation>
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
        <translation>Dentro da tolerância, mas {stones}: fechar exige uma segunda pessoa</translation>
    </message>
    <message>
        <source>Within tolerance, but a {difference}: closing needs a second person</source>
        <translation>Dentro da tolerância, mas com uma {difference}: fechar exige uma segunda pessoa</translation>
    </message>
    <message>
        <source>Within tolerance: ready to close</source>
        <translation>Dentro da tolerância: pronto a fechar</translation>
    </message>
    <message>
        <source>Still to sort: {ct} ct not yet accounted for (beyond the tolerance)</source>
        <translation>Ainda por classificar: {ct} ct ainda não contabilizados (além da tolerância)</translation>
    </message>
    <message>
        <source>Over tolerance: {ct} ct more sorted than received</source>
        <translation>Acima da tolerância: {ct} ct classificados a mais do que recebidos</translation>
    </message>
    <message>
        <source>Close the sorting of lot {lot}: no entry can be added or corrected after.
Received {received} ct ({received_stones})
Sorted {sorted} ct in {entries}: {sorted_stones}
{losses}{settled}</source>
        <translation>Fechar a classificação do lote {lot}: depois não se pode adicionar nem corrigir entradas.
Recebido {received} ct ({received_stones})
Classificado {sorted} ct em {entries}: {sorted_stones}
{losses}{settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Losses {ct} ct
</source>
        <translation>Perdas {ct} ct
</translation>
    </message>
    <message>
        <source>, stones {stones}</source>
        <translation>, pedras {stones}</translation>
    </message>
    <message>
        <source> at {at}</source>
        <translation> em {at}</translation>
    </message>
    <message>
        <source>Entry {entry} of lot {lot}: {what}, {ct} ct{stones}, entered by {user}{at}.
It is reversed by a new entry with the reason; both stay on record.</source>
        <translation>Entrada {entry} do lote {lot}: {what}, {ct} ct{stones}, registada por {user}{at}.
É estornada por uma nova entrada com o motivo; ambas ficam registadas.</translation>
    </message>
    <message>
        <source>{difference} ({received} received, {sorted} sorted)</source>
        <translation>{difference} ({received} recebidas, {sorted} classificadas)</translation>
    </message>
    <message>
        <source>not counted in</source>
        <translation>não contadas à entrada</translation>
    </message>
    <message>
        <source>not all counted out</source>
        <translation>nem todas contadas à saída</translation>
    </message>
    <message>
        <source>not counted out</source>
        <translation>não contadas à saída</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
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
        <source>receipt</source>
        <translation>recepção</translation>
    </message>
    <message>
        <source>sorting closed</source>
        <translation>classificação fechada</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>embalagem</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>remessa</translation>
    </message>
    <message>
        <source>voiding</source>
        <translation>anulação</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>estorno</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>fora do local</translation>
    </message>
    <message>
        <source>awaiting sorting</source>
        <translation>por classificar</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>em existências</translation>
    </message>
    <message>
        <source>in a parcel</source>
        <translation>em encomenda</translation>
    </message>
    <message>
        <source>shipped out</source>
        <translation>expedido</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdas</translation>
    </message>
    <message>
        <source>sorting difference</source>
        <translation>diferença de classificação</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> ({counted} de {lines} linhas de lotes contadas)</translation>
    </message>
    <message>
        <source>Sorted stock on hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>Existências classificadas: {ct} ct, {stones}{of_them}, {usd} USD pela lista de preços de hoje, {categories}</translation>
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
        <translation>Seleccione uma categoria para ver as suas origens</translation>
    </message>
    <message>
        <source>Origins of {category}</source>
        <translation>Origens de {category}</translation>
    </message>
</context>
</TS>

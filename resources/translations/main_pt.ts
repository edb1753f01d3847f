<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <translation>Preencha Mina ou Fornecedor.</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Seleccione o lote {lot} na página Recepção e use Pesar lote...</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Um supervisor selecciona o lote {lot} na página Recepção e usa Reconhecer diferença de peso...</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Para o alterar, seleccione-o no registo e use Editar...</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>As categorias estão em Definições, Sortido.</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Um administrador define a autoridade em Definições, Local.</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Escolha uma cópia de segurança deste local.</translation>
    </message>
    <message>
        <source>Restoring it unchecked is the command line&apos;s: sortapp restore FILE --force.</source>
        <translation>Restaurar sem essa verificação faz-se na linha de comandos: sortapp restore FICHEIRO --force.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Depois use Verificar agora na página Registo de auditoria.</translation>
    </message>
    <message>
        <source>Sign in again: File, Lock / switch user (Ctrl+L).</source>
        <translation>Entre de novo: Ficheiro, Bloquear / mudar de utilizador (Ctrl+L).</translation>
    </message>
    <message>
        <source>Close sortapp at the other workstations, then restore again.</source>
        <translation>Feche o sortapp nos outros postos e restaure de novo.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Erro inesperado: {kind}: {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp: erro inesperado</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Nada ficou meio escrito. Copie os detalhes para o suporte.</translation>
    </message>
    <message>
        <source>This installation has PySide6 {version}, which loses a reference on every call that returns nothing: after some hours of work the app would stop without warning. Nothing has been opened. Install sortapp&apos;s own bundle, or PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;), and start it again.</source>
        <translation>Esta instalação tem o PySide6 {version}, que perde uma referência em cada chamada que nada devolve: após algumas horas de trabalho a aplicação pararia sem aviso. Nada foi aberto. Instale o pacote próprio do sortapp, ou o PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;), e inicie-a de novo.</translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>repetir palavra-passe: as duas palavras-passe são diferentes</translation>
    </message>
    <message>
        <source>{why}

{source}

An admin may connect this workstation to another facility server.</source>
        <translation>{why}

{source}

Um administrador pode ligar este posto a outro servidor das instalações.</translation>
    </message>
    <message>
        <source>{source}

There is no database at {path} yet. Create one on this workstation (a single workstation, or an offline site), or connect it to the facility&apos;s server (an admin of the server signs in).</source>
        <translation>{source}

Ainda não há base de dados em {path}. Crie uma neste posto (um posto único, ou um local sem rede), ou ligue-o ao servidor das instalações (um administrador do servidor inicia sessão).</translation>
    </message>
    <message>
        <source>facility server {where}</source>
        <translation>servidor das instalações {where}</translation>
    </message>
    <message>
        <source>The facility server {where} was not reached: {why}</source>
        <translation>Não foi possível contactar o servidor das instalações {where}: {why}</translation>
    </message>
    <message>
        <source>The facility server keeps this database&apos;s backups (its base backups and WAL archive, set up by IT); a workstation makes none.</source>
        <translation>O servidor das instalações guarda as cópias de segurança desta base (cópias base e arquivo WAL, configurados pela informática); um posto não faz nenhuma.</translation>
    </message>
    <message>
        <source>sortapp - {site} - server {where}</source>
        <translation>sortapp - {site} - servidor {where}</translation>
    </message>
    <message>
        <source>sortapp - {site}</source>
        <translation>sortapp - {site}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [só de leitura]</translation>
    </message>
    <message>
        <source>Server: {where}</source>
        <translation>Servidor: {where}</translation>
    </message>
    <message>
        <source>This workstation works on the facility server&apos;s database, signed in as you.</source>
        <translation>Este posto trabalha na base do servidor das instalações, com a sua sessão.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user...</source>
        <translation>&amp;Bloquear / mudar de utilizador...</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Mudar a minha palavra-passe...</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Cópia de segurança agora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurar uma cópia de segurança...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New (lot, parcel ...)</source>
        <translation>&amp;Novo (lote, encomenda ...)</translation>
    </message>
    <message>
        <source>&amp;Find / scan</source>
        <translation>&amp;Procurar / ler código</translation>
    </message>
    <message>
        <source>Search &amp;this page</source>
        <translation>Pesquisar nes&amp;ta página</translation>
    </message>
    <message>
        <source>C&amp;orrect the entry (sorting)...</source>
        <translation>C&amp;orrigir a entrada (classificação)...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language: {name}.</source>
        <translation>Idioma: {name}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>&amp;Capture weight from the balance</source>
        <translation>&amp;Captar o peso da balança</translation>
    </message>
    <message>
        <source>{page} takes no weight from the balance.</source>
        <translation>{page} não recebe peso da balança.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Atalhos de teclado...</translation>
    </message>
    <message>
        <source>&amp;Why is it disabled?</source>
        <translation>&amp;Porque está desactivado?</translation>
    </message>
    <message>
        <source>&amp;About sortapp...</source>
        <translation>A&amp;cerca do sortapp...</translation>
    </message>
    <message>
        <source>Nothing is disabled on {page}.</source>
        <translation>Nada está desactivado em {page}.</translation>
    </message>
    <message>
        <source>On {page}:</source>
        <translation>Em {page}:</translation>
    </message>
    <message>
        <source>Text size {percent} % on this workstation.</source>
        <translation>Tamanho do texto {percent} % neste posto.</translation>
    </message>
    <message>
        <source>{found}.</source>
        <translation>{found}.</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Actualizado.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Sessão: {user} ({role})</translation>
    </message>
    <message>
        <source>Locked at {time}.</source>
        <translation>Bloqueado às {time}.</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>Bloqueado. Inicie sessão para continuar.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Sessão iniciada como {user}.</translation>
    </message>
    <message>
        <source>Locked at {time} after {minutes} min without input.</source>
        <translation>Bloqueado às {time} após {minutes} min sem actividade.</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Está a ser restaurada uma cópia de segurança; tente de novo quando terminar.</translation>
    </message>
    <message>
        <source>A backup is being made; try again when it is done.</source>
        <translation>Está a ser feita uma cópia de segurança; tente de novo quando terminar.</translation>
    </message>
    <message>
        <source>Restoring {name}: verifying it, and backing up the database it replaces...</source>
        <translation>A restaurar {name}: a verificá-la e a fazer uma cópia de segurança da base de dados que substitui...</translation>
    </message>
    <message>
        <source>Restored {name} over the damaged database, which is kept as {kept}. Sign in to the restored database.</source>
        <translation>{name} restaurada no lugar da base danificada, guardada como {kept}. Inicie sessão na base restaurada.</translation>
    </message>
    <message>
        <source>Making a backup and verifying it...</source>
        <translation>A fazer uma cópia de segurança e a verificá-la...</translation>
    </message>
    <message>
        <source>Backup {name}: {state}.</source>
        <translation>Cópia de segurança {name}: {state}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>sortapp backups (*.sortapp-backup)</source>
        <translation>Cópias de segurança do sortapp (*.sortapp-backup)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;: add the people who will use sortapp (Settings, Users), set the prices (Settings, Price book), then receive the first lot (Receiving). &lt;a href=&apos;dismiss&apos;&gt;Dismiss&lt;/a&gt;</source>
        <translation>&lt;b&gt;Próximos passos&lt;/b&gt;: adicione as pessoas que vão usar o sortapp (Definições, Utilizadores), defina os preços (Definições, Lista de preços) e depois receba o primeiro lote (Recepção). &lt;a href=&apos;dismiss&apos;&gt;Ocultar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Só de leitura: {why}</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing you do here is written to it.</source>
        <translation>Esta base está aberta só para leitura: nada do que fizer aqui é gravado nela.</translation>
    </message>
    <message>
        <source>{tip} An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>{tip} Um administrador restaura a última cópia de segurança boa no seu lugar: Ficheiro, Restaurar uma cópia de segurança...</translation>
    </message>
    <message>
        <source>a backup of site {site} taken {at} UTC (schema {schema}, {state})</source>
        <translation>uma cópia de segurança do local {site} feita em {at} UTC (esquema {schema}, {state})</translation>
    </message>
    <message>
        <source>a file whose name does not say when it was taken</source>
        <translation>um ficheiro cujo nome não diz quando foi feito</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path}, which SQLite reports damaged: everything recorded since that backup is no longer in it. The damaged file is kept in the backup folder as it is. Then sign in to the restored database.</source>
        <translation>Restaurar {name}: {taken}.

Substitui a base de {site} em {path}, que o SQLite indica estar danificada: tudo o que foi registado desde essa cópia deixa de lá estar. O ficheiro danificado é guardado tal como está na pasta das cópias de segurança. Depois, inicie sessão na base restaurada.</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path} as it is now: everything recorded since that backup is no longer in it. The current database is kept as a backup.</source>
        <translation>Restaurar {name}: {taken}.

Substitui a base de {site} em {path} tal como está agora: tudo o que foi registado desde essa cópia deixa de lá estar. A base actual é guardada como cópia de segurança.</translation>
    </message>
    <message>
        <source>Automatic backup {name}: {state}.</source>
        <translation>Cópia de segurança automática {name}: {state}.</translation>
    </message>
    <message>
        <source>Making the daily backup in the background...</source>
        <translation>A fazer a cópia de segurança diária em segundo plano...</translation>
    </message>
    <message>
        <source>Making the daily backup...</source>
        <translation>A fazer a cópia de segurança diária...</translation>
    </message>
    <message>
        <source>The daily backup failed again: {error}</source>
        <translation>A cópia de segurança diária falhou de novo: {error}</translation>
    </message>
    <message>
        <source>Checking backups...</source>
        <translation>A verificar as cópias de segurança...</translation>
    </message>
    <message>
        <source>The backups&apos; check failed again: {error}</source>
        <translation>A verificação das cópias de segurança falhou de novo: {error}</translation>
    </message>
    <message>
        <source>Quit sortapp</source>
        <translation>Sair do sortapp</translation>
    </message>
    <message>
        <source>Quitting loses what was typed and not recorded: {forms}</source>
        <translation>Sair perde o que foi escrito e não registado: {forms}</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Sair mesmo assim?</translation>
    </message>
    <message>
        <source>Finishing the work under way before closing...</source>
        <translation>A terminar o trabalho em curso antes de fechar...</translation>
    </message>
    <message>
        <source>Saving a backup before closing...</source>
        <translation>A guardar uma cópia de segurança antes de fechar...</translation>
    </message>
    <message>
        <source>Fill in {field}.</source>
        <translation>Preencha {field}.</translation>
    </message>
    <message>
        <source>{summary}

This cannot be undone. Go ahead?</source>
        <translation>{summary}

Isto não pode ser desfeito. Continuar?</translation>
    </message>
    <message>
        <source>Sign in - {site}</source>
        <translation>Iniciar sessão - {site}</translation>
    </message>
    <message>
        <source>Sign in to sortapp.</source>
        <translation>Inicie sessão no sortapp.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Accept the difference</source>
        <translation>Aceitar a diferença</translation>
    </message>
    <message>
        <source>{summary}.

A supervisor who did not enter the results signs to accept it.</source>
        <translation>{summary}.

Um supervisor que não registou os resultados assina para a aceitar.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>This file is signed by {site} with the key

    {found}

</source>
        <translation>Este ficheiro está assinado por {site} com a chave

    {found}

</translation>
    </message>
    <message>
        <source>but the key pinned for {site} is {pinned}.

</source>
        <translation>mas a chave fixada para {site} é {pinned}.

</translation>
    </message>
    <message>
        <source>Call {site} (or read its printed key sheet) and type the fingerprint they give. Pin it only if it is the one above: a file signed by another key is refused.</source>
        <translation>Telefone para {site} (ou leia a sua folha de chave impressa) e escreva a impressão digital indicada. Fixe-a só se for a de cima: um ficheiro assinado por outra chave é recusado.</translation>
    </message>
    <message>
        <source>Pin the key of {site}</source>
        <translation>Fixar a chave de {site}</translation>
    </message>
    <message>
        <source>Fingerprint as {site} gives it</source>
        <translation>Impressão digital dada por {site}</translation>
    </message>
    <message>
        <source>Why the key changed</source>
        <translation>Porque mudou a chave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código do local</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Nome das instalações</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Autoridade de exportação</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nome do administrador</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Palavra-passe do administrador</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir palavra-passe</translation>
    </message>
    <message>
        <source>Create the sortapp database</source>
        <translation>Criar a base de dados do sortapp</translation>
    </message>
    <message>
        <source>No database at {path}. Create the site and its first admin.</source>
        <translation>Não há base de dados em {path}. Crie o local e o seu primeiro administrador.</translation>
    </message>
    <message>
        <source>e.g. KSF</source>
        <translation>p. ex. KSF</translation>
    </message>
    <message>
        <source>The site code: {rule} (e.g. KSF).</source>
        <translation>O código do local: {rule} (p. ex. KSF).</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>escolha o país</translation>
    </message>
    <message>
        <source>sortapp - which database</source>
        <translation>sortapp - que base de dados</translation>
    </message>
    <message>
        <source>Create a database here...</source>
        <translation>Criar uma base de dados aqui...</translation>
    </message>
    <message>
        <source>Connect to a facility server...</source>
        <translation>Ligar a um servidor das instalações...</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Selar a encomenda {parcel}</translation>
    </message>
    <message>
        <source>Parcels sealed under one KP certificate number form one shipment. The expiry follows the issue date + {days} days unless you change it.</source>
        <translation>As encomendas seladas sob um mesmo número de CPK formam uma remessa. A validade segue a data de emissão + {days} dias, a menos que a altere.</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Número do CPK</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Números dos selos (separados por vírgulas)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Expedir a encomenda {parcel}</translation>
    </message>
    <message>
        <source>Record that parcel {parcel} has left the site. The carrier and air waybill are printed on the commercial invoice.</source>
        <translation>Registar que a encomenda {parcel} saiu do local. O transportador e a carta de porte aéreo são impressos na factura comercial.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportador</translation>
    </message>
    <message>
        <source>Air waybill number</source>
        <translation>Número da carta de porte aéreo</translation>
    </message>
    <message>
        <source>Value parcel {parcel}</source>
        <translation>Avaliar a encomenda {parcel}</translation>
    </message>
    <message>
        <source>The valuation sheet names who valued the parcel, when and under which reference.</source>
        <translation>A folha de avaliação indica quem avaliou a encomenda, quando e com que referência.</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valor USD</translation>
    </message>
    <message>
        <source>Valuer&apos;s name</source>
        <translation>Nome do avaliador</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Date of valuation</source>
        <translation>Data da avaliação</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Remove a packing from parcel {parcel}</source>
        <translation>Retirar uma embalagem da encomenda {parcel}</translation>
    </message>
    <message>
        <source>The packing is reversed in the ledger (its goods go back to stock); the packing itself stays on record.</source>
        <translation>A embalagem é estornada no razão (os seus bens voltam às existências); a própria embalagem fica registada.</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Embalagem</translation>
    </message>
    <message>
        <source>New export parcel</source>
        <translation>Nova encomenda de exportação</translation>
    </message>
    <message>
        <source>Parcel number</source>
        <translation>Número da encomenda</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importador</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportador</translation>
    </message>
    <message>
        <source>Registered importers are offered as you type (Importers... to add one)</source>
        <translation>Os importadores registados são sugeridos ao escrever (Importadores... para adicionar um)</translation>
    </message>
    <message>
        <source>Change importer {name}</source>
        <translation>Alterar o importador {name}</translation>
    </message>
    <message>
        <source>Add an importer</source>
        <translation>Adicionar um importador</translation>
    </message>
    <message>
        <source>The commercial invoice and the KP certificate data sheet of a parcel whose importer has this name print its full address and identifiers.</source>
        <translation>A factura comercial e a ficha de dados do CPK de uma encomenda cujo importador tem este nome imprimem a sua morada completa e identificadores.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The name the parcels give as importer; it is not changed here</source>
        <translation>O nome que as encomendas dão como importador; não é alterado aqui</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Tax or VAT number</source>
        <translation>Número de contribuinte ou de IVA</translation>
    </message>
    <message>
        <source>Import licence</source>
        <translation>Licença de importação</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Porto de destino</translation>
    </message>
    <message>
        <source>port or airport</source>
        <translation>porto ou aeroporto</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um utilizador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>At least {count} characters; not the user name, nor one of the most common passwords. A few unrelated words make a good one.</source>
        <translation>Pelo menos {count} caracteres; nem o nome de utilizador, nem uma das palavras-passe mais comuns. Algumas palavras sem relação entre si fazem uma boa palavra-passe.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir a nova palavra-passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Mudar a sua palavra-passe</translation>
    </message>
    <message>
        <source>Signed in as {name}: type your current password, then the new one twice.</source>
        <translation>Sessão iniciada como {name}: escreva a sua palavra-passe actual e depois a nova duas vezes.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Palavra-passe actual</translation>
    </message>
    <message>
        <source>Set the password of {name}</source>
        <translation>Definir a palavra-passe de {name}</translation>
    </message>
    <message>
        <source>For a user who forgot theirs: give {name} the new password in person; they can then change it with File, Change my password.</source>
        <translation>Para um utilizador que esqueceu a sua: dê a nova palavra-passe a {name} pessoalmente; depois pode mudá-la em Ficheiro, Mudar a minha palavra-passe.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Mudar a função de {name}</translation>
    </message>
    <message>
        <source>{name} is {role} now.</source>
        <translation>{name} é actualmente {role}.</translation>
    </message>
    <message>
        <source>Names of {code}</source>
        <translation>Nomes de {code}</translation>
    </message>
    <message>
        <source>In English: {name}. A name left blank is shown as its size, model, quality and colour are named in that language, else in English.</source>
        <translation>Em inglês: {name}. Um nome deixado em branco é mostrado com os nomes do tamanho, modelo, qualidade e cor nessa língua, senão em inglês.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Preview...</source>
        <translation>Pré-visualizar...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF...</translation>
    </message>
    <message>
        <source>language: &apos;{code}&apos; is not one of {codes}; nothing was changed</source>
        <translation>idioma: «{code}» não é um de {codes}; nada foi alterado</translation>
    </message>
</context>
</TS>

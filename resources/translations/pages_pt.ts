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
        <source>Category</source>
        <translation>Categoria</translation>
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
        <source>Value USD</source>
        <translation>Valor USD</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
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

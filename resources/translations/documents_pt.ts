<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>n/c: not counted</source>
        <translation>n.c.: não contado</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>stones not counted</source>
        <translation>pedras não contadas</translation>
    </message>
    <message>
        <source>n/c</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <source>{n} stone</source>
        <translation>{n} pedra</translation>
    </message>
    <message>
        <source>{n} stones</source>
        <translation>{n} pedras</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} entries counted)</source>
        <translation>{count} ({counted} de {of} entradas contadas)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} lines counted)</source>
        <translation>{count} ({counted} de {of} linhas contadas)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SH</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pedras</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Quilates</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/ct</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valor USD</translation>
    </message>
    <message>
        <source>parcel {parcel} is not sealed under a KP certificate yet</source>
        <translation>a encomenda {parcel} ainda não está selada com um CPK</translation>
    </message>
    <message>
        <source>KP certificate {cert}: every parcel under it was voided; it has no documents</source>
        <translation>CPK {cert}: todas as encomendas sob este certificado foram anuladas; não tem documentos</translation>
    </message>
    <message>
        <source>Parcels and seals</source>
        <translation>Encomendas e selos</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Encomenda</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Selos</translation>
    </message>
    <message>
        <source>Return to (exporting authority)</source>
        <translation>Devolver a (autoridade de exportação)</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Número do CPK</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportador</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importador</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Number of parcels</source>
        <translation>Número de encomendas</translation>
    </message>
    <message>
        <source>Carat weight</source>
        <translation>Peso em quilates</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Import confirmation - KP certificate {cert}</source>
        <translation>Confirmação de importação — CPK {cert}</translation>
    </message>
    <message>
        <source>Importing authority (official, signature and stamp)</source>
        <translation>Autoridade de importação (funcionário, assinatura e carimbo)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Net weight g</source>
        <translation>Peso líquido, g</translation>
    </message>
    <message>
        <source>Description of goods</source>
        <translation>Descrição das mercadorias</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Montante por extenso</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condições de pagamento</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence</source>
        <translation>Licença do exportador</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number</source>
        <translation>Número fiscal do exportador</translation>
    </message>
    <message>
        <source>Importer&apos;s identifiers</source>
        <translation>Identificadores do importador</translation>
    </message>
    <message>
        <source>Number of packages</source>
        <translation>Número de volumes</translation>
    </message>
    <message>
        <source>Total carats</source>
        <translation>Total de quilates</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Peso líquido</translation>
    </message>
    <message>
        <source>Port of export</source>
        <translation>Porto de exportação</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportador</translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation>Carta de porte aéreo</translation>
    </message>
    <message>
        <source>Goods by origin</source>
        <translation>Mercadorias por origem</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Seller (exporter)</source>
        <translation>Vendedor (exportador)</translation>
    </message>
    <message>
        <source>Buyer (importer)</source>
        <translation>Comprador (importador)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>CPK</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origem</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Encomendas</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montante devido</translation>
    </message>
    <message>
        <source>Commercial invoice - rough diamonds</source>
        <translation>Factura comercial — diamantes brutos</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Mercadorias</translation>
    </message>
    <message>
        <source>Goods by HS code</source>
        <translation>Mercadorias por código SH</translation>
    </message>
    <message>
        <source>For the seller</source>
        <translation>Pelo vendedor</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>País de exportação</translation>
    </message>
    <message>
        <source>Annex: goods of foreign origin and their KP certificates</source>
        <translation>Anexo: mercadoria de origem estrangeira e os seus CPK</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Expedido de</translation>
    </message>
    <message>
        <source>Kimberley Process certificate data sheet</source>
        <translation>Ficha de dados do certificado do Processo de Kimberley</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Annex: constituent origins</source>
        <translation>Anexo: origens constituintes</translation>
    </message>
    <message>
        <source>% of carats</source>
        <translation>% dos quilates</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Autoridade de exportação</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>etiquetas: indique pelo menos um lote ou uma encomenda</translation>
    </message>
    <message>
        <source>parcel {parcel} is void; it has no label</source>
        <translation>a encomenda {parcel} está anulada; não tem etiqueta</translation>
    </message>
    <message>
        <source>PARCEL {number}</source>
        <translation>ENCOMENDA {number}</translation>
    </message>
    <message>
        <source>To {destination}, KP {cert}</source>
        <translation>Para {destination}, CPK {cert}</translation>
    </message>
    <message>
        <source>To {destination}, KP (not sealed)</source>
        <translation>Para {destination}, CPK (por selar)</translation>
    </message>
    <message>
        <source>{ct} ct, {stones}, origin {origin}</source>
        <translation>{ct} ct, {stones}, origem {origin}</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>nenhuma mercadoria embalada</translation>
    </message>
    <message>
        <source>Seals {seals}</source>
        <translation>Selos {seals}</translation>
    </message>
    <message>
        <source>LOT {number}</source>
        <translation>LOTE {number}</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Recebido em {day}</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Origin {origin}, mine {mines}</source>
        <translation>Origem {origin}, mina {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, mines {mines}</source>
        <translation>Origem {origin}, minas {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, from {supplier}</source>
        <translation>Origem {origin}, fornecedor {supplier}</translation>
    </message>
    <message>
        <source>Origin {origin}</source>
        <translation>Origem {origin}</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message>
        <source>declared {ct} ct</source>
        <translation>{ct} ct declarados</translation>
    </message>
    <message>
        <source>{weight}, {n} stone</source>
        <translation>{weight}, {n} pedra</translation>
    </message>
    <message>
        <source>{weight}, {n} stones</source>
        <translation>{weight}, {n} pedras</translation>
    </message>
    <message>
        <source>1 label, {code}</source>
        <translation>1 etiqueta, {code}</translation>
    </message>
    <message>
        <source>{n} labels, first {first}, last {last}</source>
        <translation>{n} etiquetas, primeira {first}, última {last}</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}; documents are printed for sealed parcels</source>
        <translation>a encomenda {parcel} está {status}; os documentos são impressos para encomendas seladas</translation>
    </message>
    <message>
        <source>Value on the certificate</source>
        <translation>Valor no certificado</translation>
    </message>
    <message>
        <source>This parcel&apos;s part of the certificate value</source>
        <translation>Parte desta encomenda no valor do certificado</translation>
    </message>
    <message>
        <source>Issued / expires</source>
        <translation>Emitido em / válido até</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Códigos SH</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Embalado por</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Selado por</translation>
    </message>
    <message>
        <source>Parcel manifest (packing list)</source>
        <translation>Manifesto da encomenda (lista de embalagem)</translation>
    </message>
    <message>
        <source>Contents by category</source>
        <translation>Conteúdo por categoria</translation>
    </message>
    <message>
        <source>Provenance: source lots</source>
        <translation>Proveniência: lotes de origem</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Embalador</translation>
    </message>
    <message>
        <source>Sealer</source>
        <translation>Selador</translation>
    </message>
    <message>
        <source>{said}; reason: {reason}</source>
        <translation>{said}; motivo: {reason}</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>{stones} pedras</translation>
    </message>
    <message>
        <source>lot {lot} is not as its entries recorded it (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>o lote {lot} não está como as suas entradas o registaram (alterado fora do sortapp); nada foi impresso; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>{name}, {at}; recorded {recorded}</source>
        <translation>{name}, {at}; registado em {recorded}</translation>
    </message>
    <message>
        <source>{said}: {ct} ct (was {was} ct)</source>
        <translation>{said}: {ct} ct (antes {was} ct)</translation>
    </message>
    <message>
        <source>{said}: {ct} ct, {stones} (was {was} ct, {was_stones})</source>
        <translation>{said}: {ct} ct, {stones} (antes {was} ct, {was_stones})</translation>
    </message>
    <message>
        <source>{name}, {at}: {kind} {ct} ct</source>
        <translation>{name}, {at}: {kind} {ct} ct</translation>
    </message>
    <message>
        <source>{name} (1 entry)</source>
        <translation>{name} (1 entrada)</translation>
    </message>
    <message>
        <source>{name} ({n} entries)</source>
        <translation>{name} ({n} entradas)</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Minas</translation>
    </message>
    <message>
        <source>Declared carats</source>
        <translation>Quilates declarados</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>não declarado</translation>
    </message>
    <message>
        <source>Weighed carats</source>
        <translation>Quilates pesados</translation>
    </message>
    <message>
        <source>not yet weighed</source>
        <translation>ainda não pesado</translation>
    </message>
    <message>
        <source>Weighed on</source>
        <translation>Pesado em</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>CPK de entrada</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valor declarado</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recebido por</translation>
    </message>
    <message>
        <source>Weighed by</source>
        <translation>Pesado por</translation>
    </message>
    <message>
        <source>Weighed again by</source>
        <translation>Repesado por</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Reconhecido por</translation>
    </message>
    <message>
        <source>Lot receipt</source>
        <translation>Guia de recepção do lote</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct</source>
        <translation>{ct} ct ({pct} %), tolerância {tol} ct</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, acknowledged</source>
        <translation>{ct} ct ({pct} %), tolerância {tol} ct, FORA DA TOLERÂNCIA, reconhecida</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, to be acknowledged</source>
        <translation>{ct} ct ({pct} %), tolerância {tol} ct, FORA DA TOLERÂNCIA, a reconhecer</translation>
    </message>
    <message>
        <source>SORTED</source>
        <translation>CLASSIFICADO</translation>
    </message>
    <message>
        <source>Received (weighed)</source>
        <translation>Recebido (pesado)</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Diferença de peso</translation>
    </message>
    <message>
        <source>acknowledged by {who}</source>
        <translation>reconhecida por {who}</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>{recorded} recorded; {standing} of them sorted goods that stand (losses and corrections are the others)</source>
        <translation>{recorded} registadas; {standing} delas são de mercadoria classificada em vigor (as restantes são perdas e correcções)</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Classificado por</translation>
    </message>
    <message>
        <source>Loss recorded by</source>
        <translation>Perda registada por</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Fechado por</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dentro da tolerância</translation>
    </message>
    <message>
        <source>no (difference accepted)</source>
        <translation>não (diferença aceite)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Difference accepted by</source>
        <translation>Diferença aceite por</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, the lot is still being sorted</source>
        <translation>ainda não: PROVISÓRIO, o lote ainda está em classificação</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, its sorting has not started</source>
        <translation>ainda não: PROVISÓRIO, a sua classificação não começou</translation>
    </message>
    <message>
        <source>Sorting reconciliation report (PROVISIONAL)</source>
        <translation>Relatório de reconciliação da classificação (PROVISÓRIO)</translation>
    </message>
    <message>
        <source>Sorting reconciliation report</source>
        <translation>Relatório de reconciliação da classificação</translation>
    </message>
    <message>
        <source>Sorted by category</source>
        <translation>Classificado por categoria</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Stones by size class</source>
        <translation>Pedras por classe de tamanho</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliação</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>PROVISIONAL</source>
        <translation>PROVISÓRIO</translation>
    </message>
    <message>
        <source>awaiting weighing (PROVISIONAL)</source>
        <translation>a aguardar pesagem (PROVISÓRIO)</translation>
    </message>
    <message>
        <source>received, sorting not started (PROVISIONAL)</source>
        <translation>recebido, classificação não iniciada (PROVISÓRIO)</translation>
    </message>
    <message>
        <source>being sorted (PROVISIONAL)</source>
        <translation>em classificação (PROVISÓRIO)</translation>
    </message>
    <message>
        <source>closed (sorting finished)</source>
        <translation>fechado (classificação concluída)</translation>
    </message>
    <message>
        <source>Not yet sorted (received - sorted - losses)</source>
        <translation>Ainda não classificado (recebido - classificado - perdas)</translation>
    </message>
    <message>
        <source>Difference (received - sorted - losses)</source>
        <translation>Diferença (recebido - classificado - perdas)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>{n} not yet sorted</source>
        <translation>{n} ainda por classificar</translation>
    </message>
    <message>
        <source>none: received not counted</source>
        <translation>nenhuma: não contadas na recepção</translation>
    </message>
    <message>
        <source>none: nothing sorted yet</source>
        <translation>nenhuma: nada classificado ainda</translation>
    </message>
    <message>
        <source>none: not every size counted</source>
        <translation>nenhuma: há classes de tamanho não contadas</translation>
    </message>
    <message>
        <source>Whole lot</source>
        <translation>Lote inteiro</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Carimbo</translation>
    </message>
    <message>
        <source>For the importing authority: stamp</source>
        <translation>Para a autoridade de importação: carimbo</translation>
    </message>
    <message>
        <source>Name, date</source>
        <translation>Nome, data</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Name, organisation</source>
        <translation>Nome, organização</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Parcel {number}: exporter&apos;s values by category</source>
        <translation>Encomenda {number}: valores do exportador por categoria</translation>
    </message>
    <message>
        <source>Parcel {number}: valuations</source>
        <translation>Encomenda {number}: avaliações</translation>
    </message>
    <message>
        <source>Certificate value</source>
        <translation>Valor do certificado</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Folha de avaliação</translation>
    </message>
    <message>
        <source>Exporter&apos;s valuer</source>
        <translation>Avaliador do exportador</translation>
    </message>
    <message>
        <source>Government diamond valuer</source>
        <translation>Avaliador de diamantes do governo</translation>
    </message>
    <message>
        <source>Independent valuer</source>
        <translation>Avaliador independente</translation>
    </message>
    <message>
        <source>label {code}: its barcode needs {need} mm at the narrowest module a scanner reads ({module} mm, {narrowest} dots at {dpi} dpi) and the label has {have} mm; give it a shorter number</source>
        <translation>etiqueta {code}: o código de barras precisa de {need} mm no módulo mais estreito que um leitor lê ({module} mm, {narrowest} pontos a {dpi} dpi) e a etiqueta tem {have} mm; dê-lhe um número mais curto</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>CÓPIA {n}</translation>
    </message>
    <message>
        <source>Label stock: {name}</source>
        <translation>Folha de etiquetas: {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint} - audit log up to {chain}</source>
        <translation>{named} — impressão digital {fingerprint} — registo de auditoria até {chain}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint}</source>
        <translation>{named} — impressão digital {fingerprint}</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>VERSION {n}</source>
        <translation>VERSÃO {n}</translation>
    </message>
    <message>
        <source>{named} (continued)</source>
        <translation>{named} (continuação)</translation>
    </message>
    <message>
        <source>Printed by {name} on {when}</source>
        <translation>Impresso por {name} em {when}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível escrever {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation>não é possível escrever {path}: o PDF saiu vazio</translation>
    </message>
    <message>
        <source>barcode: &apos;{text}&apos; must be printable ASCII</source>
        <translation>código de barras: «{text}» tem de ser ASCII imprimível</translation>
    </message>
    <message>
        <source>{kind}: name exactly one lot, parcel or certificate</source>
        <translation>{kind}: indique exactamente um lote, uma encomenda ou um certificado</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a document; use one of {kinds}</source>
        <translation>«{kind}» não é um documento; use um de: {kinds}</translation>
    </message>
</context>
</TS>

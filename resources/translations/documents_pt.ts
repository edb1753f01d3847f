<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>n/c: not counted</source>
        <extracomment>Under a table with a stones cell &quot;n/c&quot;.</extracomment>
        <translation>n.c.: não contado</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <extracomment>A special stone as ``parcels.special_stones`` gives it: (category, lot, mct, stones).</extracomment>
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
        <source>Parcels and seals</source>
        <extracomment>How each source of a certificate value is called on paper.</extracomment>
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
        <extracomment>A line to fill in on paper, and what is written on it later.</extracomment>
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
        <source>Issued / expires</source>
        <translation>Emitido em / válido até</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Códigos SH</translation>
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
        <source>{name}, {at}: {kind} {ct} ct</source>
        <extracomment>The receiver at the lot&apos;s time of arrival (&quot;; recorded ...&quot; when entered at another time). The weigher at the time of weighing (a lot weighed at receipt: its time of arrival). Each loss standing (neither a correction nor corrected): &quot;name, time: kind 1.100 ct&quot;. (name, entries recorded), in the order they first sorted. Who accepted a close beyond tolerance (or with a stone difference), and why.</extracomment>
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
        <extracomment>Who packed goods into the parcel, in the order they first packed. The sealer and when, as printed.</extracomment>
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
        <extracomment>A lot&apos;s status as the reconciliation words it for its reader.</extracomment>
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
        <extracomment>The boxes a stamp is pressed into (marked here, not inside the f-strings that print them: lupdate finds a literal only).</extracomment>
        <translation>Carimbo</translation>
    </message>
    <message>
        <source>For the importing authority: stamp</source>
        <translation>Para a autoridade de importação: carimbo</translation>
    </message>
    <message>
        <source>Name, date</source>
        <extracomment>Under each signature line.</extracomment>
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
        <extracomment>The first column&apos;s share of the width (%), the rest as wide as their text needs: Qt gave the first column&apos;s long bold cells (&quot;Spread (highest vs lowest, % of lowest)&quot;) the width and crushed the columns a valuer fills in where none is recorded (&quot;Name, organisation Date Reference&quot;). (A share for each column broke &quot;2026-12-02&quot; and &quot;114,834.00&quot; mid-figure.)</extracomment>
        <translation>Encomenda {number}: valores do exportador por categoria</translation>
    </message>
    <message>
        <source>Parcel {number}: valuations</source>
        <translation>Encomenda {number}: avaliações</translation>
    </message>
    <message>
        <source>Exporter / importer</source>
        <translation>Exportador / importador</translation>
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
        <extracomment>The narrowest module (bar unit) printed: 0.19 mm (7.5 mil), what general-purpose scanners read; and never fewer than 2 device dots (a bar one dot wide is lost to the print head). The widest module: short numbers print no wider than this. The white border kept on a label-printer label, and inside a sheet label&apos;s cell (die-cut labels have rounded corners). The bars&apos; height (mm) and the text&apos;s largest size (points; shrunk to fit): on a label-printer label, and in a sheet label&apos;s cell. The label stock a sheet of labels is laid out for, by the site&apos;s paper. The bars with their quiet zones (nothing else is painted there). The bars alone. Device dots per module. The number as text (up to two lines). The COPY mark (an empty rectangle for a first print). The label&apos;s lines. The number&apos;s size in points: smaller (to three quarters) before it wraps.</extracomment>
        <translation>etiqueta {code}: o código de barras precisa de {need} mm no módulo mais estreito que um leitor lê ({module} mm, {narrowest} pontos a {dpi} dpi) e a etiqueta tem {have} mm; dê-lhe um número mais curto</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <extracomment>The size of the line a label-printer label says who printed it and when in (points).
----------
The resolution text is laid out at before it is scaled onto the page (Qt&apos;s default DPI). A sheet&apos;s margins in millimetres (left, top, right, bottom): A4&apos;s 15 and 12 mm; Letter&apos;s North American 0.625 in at the sides and 0.5 in at the top and bottom. A sheet&apos;s header and footer bands: two lines of small type each, in inches. The light ink of a mark across the page, under the text (solid: PDF/A-1 has no transparency). The ink of the marks in the header (COPY n, ORIGINAL, the document&apos;s mark).</extracomment>
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
        <extracomment>One per row: &quot;line&quot;, &quot;subtotal&quot; or &quot;total&quot;. A legend printed with the table, above it (e.g. &quot;n/c: not counted&quot;); empty for none. Each column&apos;s share of the table&apos;s width in percent (0: as its text needs); empty: all as Qt lays them out. 0 for the label&apos;s first print, n for its n-th reprint (counted per lot or parcel number). The full fingerprint a reader checks against the database. 0 for the original, n for the n-th reprint (&quot;COPY n&quot;). The sheet: &quot;a4&quot; or &quot;letter&quot; (the site&apos;s ``paper``), or &quot;label&quot;: one label per label-printer page. A mark painted on every page (e.g. &quot;PROVISIONAL&quot;); empty for none. 1, or n: the n-th content of this document printed (``reports.print_version``): a reprint of other content is a new version, not a copy. The language its own words are printed in (``render.Speaker``): the site&apos;s for a receipt, a reconciliation and labels; English for the KP documents (issue 18). A language printed beside the English headings of a KP document, where the site asks for it; &quot;&quot; for none. The audit chain&apos;s head when it was built (``anchors.document_mark``): an anchor on paper. Who printed it and when, in the site&apos;s zone (&quot;Printed by olu on 2026-12-02 09:15 Africa/Gaborone (UTC+02:00)&quot;): filled at print time, the time its audit record holds. Documents printed after this one, each from a new page (the KP sheet&apos;s import slip).</extracomment>
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
        <extracomment>The documents printed in the site&apos;s language (issue 18); the others (the KP data sheet, the invoice, the manifest, the valuation) stay in English, the site&apos;s language beside their headings where the site asks for it (``headings-beside``).</extracomment>
        <translation>{kind}: indique exactamente um lote, uma encomenda ou um certificado</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a document; use one of {kinds}</source>
        <translation>«{kind}» não é um documento; use um de: {kinds}</translation>
    </message>
</context>
</TS>

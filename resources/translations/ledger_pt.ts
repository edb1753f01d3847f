<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>lot &apos;{lot}&apos; does not exist</source>
        <translation>o lote «{lot}» não existe</translation>
    </message>
    <message>
        <source>stones not counted</source>
        <translation>pedras não contadas</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contadas</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>{stones} pedras</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} entries counted)</source>
        <translation>{count} ({counted} de {entries} entradas contadas)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lots counted)</source>
        <translation>{count} ({counted} de {entries} lotes contados)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lines counted)</source>
        <translation>{count} ({counted} de {entries} linhas contadas)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} {what} counted)</source>
        <translation>{count} ({counted} de {entries} {what} contados)</translation>
    </message>
    <message>
        <source>{diff} of the {received} stones received not counted out ({sorted} counted; some entries&apos; stones were not)</source>
        <translation>{diff} das {received} pedras recebidas não contadas à saída ({sorted} contadas; as pedras de algumas entradas não o foram)</translation>
    </message>
    <message>
        <source>{sorted} stones counted out, more than the {received} received, and some entries&apos; stones not counted</source>
        <translation>{sorted} pedras contadas à saída, mais do que as {received} recebidas, e as pedras de algumas entradas não contadas</translation>
    </message>
    <message>
        <source>stone difference {diff} ({received} received, {sorted} sorted)</source>
        <translation>diferença de pedras {diff} ({received} recebidas, {sorted} classificadas)</translation>
    </message>
    <message>
        <source>{difference}; {stones}</source>
        <translation>{difference}; {stones}</translation>
    </message>
    <message>
        <source>no difference until the lot is weighed</source>
        <translation>nenhuma diferença até o lote ser pesado</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), within tolerance ({allowed} ct allowed)</source>
        <translation>diferença {difference} ct ({percent} %), dentro da tolerância ({allowed} ct admitidos)</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), beyond tolerance ({allowed} ct allowed)</source>
        <translation>diferença {difference} ct ({percent} %), acima da tolerância ({allowed} ct admitidos)</translation>
    </message>
    <message>
        <source>lot {lot} is not weighed yet; weigh it first</source>
        <translation>o lote {lot} ainda não foi pesado; pese-o primeiro</translation>
    </message>
    <message>
        <source>lot {lot} is already sorted and closed</source>
        <translation>o lote {lot} já está classificado e fechado</translation>
    </message>
    <message>
        <source>recording sorting results</source>
        <translation>registar resultados de classificação</translation>
    </message>
    <message>
        <source>stones: {stones} is negative; enter a count of stones, zero or more (a wrong entry is corrected, not offset)</source>
        <translation>pedras: {stones} é negativo; introduza um número de pedras, zero ou mais (uma entrada errada é corrigida, não compensada)</translation>
    </message>
    <message>
        <source>{category} is a specials category: record each stone of 10.80 ct or more as its own entry (stones 1)</source>
        <translation>{category} é uma categoria de pedras especiais: registe cada pedra de 10.80 ct ou mais numa entrada própria (pedras 1)</translation>
    </message>
    <message>
        <source>{category} is for specials of 10.800 ct and more; {ct} ct belongs in a smaller size class</source>
        <translation>{category} é para pedras especiais de 10.800 ct ou mais; {ct} ct pertence a uma classe de tamanho menor</translation>
    </message>
    <message>
        <source>a single stone of {ct} ct is a special (10.80 ct or more); record it in a specials (+10.80 ct) category, or check the count</source>
        <translation>uma pedra única de {ct} ct é especial (10.80 ct ou mais); registe-a numa categoria de pedras especiais (+10.80 ct), ou verifique a contagem</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {ct} ct is less than one: check the carats or the category</source>
        <translation>{category} recebe pedras de {bounds} cada; {ct} ct pesam menos do que uma: verifique os quilates ou a categoria</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each, not one of {ct} ct: check the count, the carats or the category</source>
        <translation>{category} recebe pedras de {bounds} cada, não uma de {ct} ct: verifique a contagem, os quilates ou a categoria</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {stones} stones of {ct} ct are about {each} ct each: check the count, the carats or the category</source>
        <translation>{category} recebe pedras de {bounds} cada; {stones} pedras de {ct} ct dão cerca de {each} ct cada: verifique a contagem, os quilates ou a categoria</translation>
    </message>
    <message>
        <source>{least} ct or more</source>
        <translation>{least} ct ou mais</translation>
    </message>
    <message>
        <source>up to {most} ct</source>
        <translation>até {most} ct</translation>
    </message>
    <message>
        <source>{least}-{most} ct</source>
        <translation>{least}-{most} ct</translation>
    </message>
    <message>
        <source>lot {lot}: this entry would bring sorted + losses to {accounted} ct, above the {received} ct received plus {tolerance} ct tolerance; check the scale and the figure (at most {left} ct more fits)</source>
        <translation>lote {lot}: esta entrada levaria classificado + perdas a {accounted} ct, acima dos {received} ct recebidos mais {tolerance} ct de tolerância; verifique a balança e o valor (cabem no máximo mais {left} ct)</translation>
    </message>
    <message>
        <source>loss type: &apos;{loss_type}&apos; is not one of {types}</source>
        <translation>tipo de perda: «{loss_type}» não é um de {types}</translation>
    </message>
    <message>
        <source>recording sorting losses</source>
        <translation>registar perdas de classificação</translation>
    </message>
    <message>
        <source>correcting a sorting entry</source>
        <translation>corrigir uma entrada de classificação</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; is not an entry of lot {lot}</source>
        <translation>«{entry}» não é uma entrada do lote {lot}</translation>
    </message>
    <message>
        <source>entry {entry} is itself a correction; record the goods again</source>
        <translation>a entrada {entry} é ela própria uma correcção; registe a mercadoria de novo</translation>
    </message>
    <message>
        <source>entry {entry} is already corrected</source>
        <translation>a entrada {entry} já está corrigida</translation>
    </message>
    <message>
        <source>an operator may reverse only the lot&apos;s last entry, and only if it is yours; ask a supervisor</source>
        <translation>um operador só pode estornar a última entrada do lote, e só se for sua; peça a um supervisor</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot}; {rule}</source>
        <translation>{name} é {role}: a entrada {entry} não é a última entrada do lote {lot}; {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is, a reversal); {rule}</source>
        <translation>{name} é {role}: a entrada {entry} não é a última entrada do lote {lot} ({last} é, um estorno); {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is); {rule}</source>
        <translation>{name} é {role}: a entrada {entry} não é a última entrada do lote {lot} ({last} é); {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} was made by someone else; {rule}</source>
        <translation>{name} é {role}: a entrada {entry} foi feita por outra pessoa; {rule}</translation>
    </message>
    <message>
        <source>carats: {ct} ct; goods and losses are recorded above zero (to take an entry back, reverse it)</source>
        <translation>quilates: {ct} ct; mercadoria e perdas registam-se acima de zero (para anular uma entrada, estorne-a)</translation>
    </message>
    <message>
        <source>closing a sorting</source>
        <translation>fechar uma classificação</translation>
    </message>
    <message>
        <source>lot {lot} has no sorting results to close</source>
        <translation>o lote {lot} não tem resultados de classificação para fechar</translation>
    </message>
    <message>
        <source>lot {lot}: the difference between weighed and declared carats must be acknowledged by a supervisor first</source>
        <translation>lote {lot}: a diferença entre quilates pesados e declarados tem primeiro de ser reconhecida por um supervisor</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after its summary was shown (an entry, a loss or the tolerance changed meanwhile); nothing was closed; close it again to see them now</source>
        <translation>lote {lot}: os seus números mudaram depois de o resumo ser mostrado (um registo, uma perda ou a tolerância mudou entretanto); nada foi fechado; feche-o de novo para os ver agora</translation>
    </message>
    <message>
        <source>lot {lot}: {summary}; a supervisor who did not enter the results must accept the difference with a reason to close it</source>
        <translation>lote {lot}: {summary}; um supervisor que não registou os resultados tem de aceitar a diferença com um motivo para o fechar</translation>
    </message>
    <message>
        <source>closing a sorting beyond tolerance</source>
        <translation>fechar uma classificação acima da tolerância</translation>
    </message>
    <message>
        <source>closing a sorting with a stone difference</source>
        <translation>fechar uma classificação com diferença de pedras</translation>
    </message>
    <message>
        <source>lot {lot}: {name} entered results of this lot; another supervisor must accept the difference (two-person rule)</source>
        <translation>lote {lot}: {name} registou resultados deste lote; outro supervisor tem de aceitar a diferença (regra das duas pessoas)</translation>
    </message>
    <message>
        <source>lot #{id} does not exist</source>
        <translation>o lote n.º {id} não existe</translation>
    </message>
    <message>
        <source>category: &apos;{category}&apos; is not in the assortment</source>
        <translation>categoria: «{category}» não está no sortido</translation>
    </message>
    <message>
        <source>category {category} is retired</source>
        <translation>a categoria {category} está retirada</translation>
    </message>
    <message>
        <source>receiving a lot</source>
        <translation>receber um lote</translation>
    </message>
    <message>
        <source>carats: give the weighed carats, or the declared carats to weigh later</source>
        <translation>quilates: indique os quilates pesados, ou os declarados para pesar mais tarde</translation>
    </message>
    <message>
        <source>origin: give the country of origin</source>
        <translation>origem: indique o país de origem</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mina</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fornecedor</translation>
    </message>
    <message>
        <source>give the mine or the supplier the lot came from</source>
        <translation>indique a mina ou o fornecedor de onde veio o lote</translation>
    </message>
    <message>
        <source>parcel &apos;{parcel}&apos; does not exist</source>
        <translation>a encomenda «{parcel}» não existe</translation>
    </message>
    <message>
        <source>parcel {parcel} is draft</source>
        <translation>a encomenda {parcel} é um rascunho</translation>
    </message>
    <message>
        <source>parcel {parcel} is sealed</source>
        <translation>a encomenda {parcel} está selada</translation>
    </message>
    <message>
        <source>parcel {parcel} is shipped</source>
        <translation>a encomenda {parcel} está expedida</translation>
    </message>
    <message>
        <source>parcel {parcel} is void</source>
        <translation>a encomenda {parcel} está anulada</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}</source>
        <translation>a encomenda {parcel} está no estado «{status}»</translation>
    </message>
    <message>
        <source>certificate {cert} is for exporter &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>o certificado {cert} é para o exportador «{theirs}», a encomenda {parcel} para «{ours}»; uma remessa tem um só exportador, importador e destino</translation>
    </message>
    <message>
        <source>certificate {cert} is for importer &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>o certificado {cert} é para o importador «{theirs}», a encomenda {parcel} para «{ours}»; uma remessa tem um só exportador, importador e destino</translation>
    </message>
    <message>
        <source>certificate {cert} is for destination &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>o certificado {cert} é para o destino «{theirs}», a encomenda {parcel} para «{ours}»; uma remessa tem um só exportador, importador e destino</translation>
    </message>
    <message>
        <source>{state}; only a draft can be changed</source>
        <translation>{state}; só um rascunho pode ser alterado</translation>
    </message>
    <message>
        <source>creating a parcel</source>
        <translation>criar uma encomenda</translation>
    </message>
    <message>
        <source>parcel {parcel} already exists</source>
        <translation>a encomenda {parcel} já existe</translation>
    </message>
    <message>
        <source>importer</source>
        <translation>importador</translation>
    </message>
    <message>
        <source>importer: name the importer (consignee)</source>
        <translation>importador: indique o importador (consignatário)</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportador</translation>
    </message>
    <message>
        <source>{what}: only {available} ct in stock, {asked} ct asked for</source>
        <translation>{what}: só {available} ct em existências, {asked} ct pedidos</translation>
    </message>
    <message>
        <source>{what}: the stock counts stones; give the number of stones for part of a balance ({take} of {held} ct, {stones} stones)</source>
        <translation>{what}: as existências contam pedras; indique o número de pedras para parte de um saldo ({take} de {held} ct, {stones} pedras)</translation>
    </message>
    <message>
        <source>{what}: {take_stones} stones for {take} ct of a balance of {held} ct and {stones} stones does not add up</source>
        <translation>{what}: {take_stones} pedras para {take} ct de um saldo de {held} ct e {stones} pedras não batem certo</translation>
    </message>
    <message>
        <source>{what}: only {stones} stones in stock</source>
        <translation>{what}: só {stones} pedras em existências</translation>
    </message>
    <message>
        <source>{what}: {take} ct from the oldest lot hold {take_stones} stones, more than the {stones} asked for</source>
        <translation>{what}: {take} ct do lote mais antigo têm {take_stones} pedras, mais do que as {stones} pedidas</translation>
    </message>
    <message>
        <source>{what}: {stones} stones asked for, but the carats hold fewer</source>
        <translation>{what}: {stones} pedras pedidas, mas os quilates têm menos</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), would leave {left} ct for {left_stones}, about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what}: tirar {take} ct, {take_stones} das {stones} pedras de um saldo ({held} ct), deixaria {left} ct para {left_stones}, cerca de {each} ct por pedra, e {category} recebe pedras de {bounds} cada: verifique a contagem</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), makes about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what}: tirar {take} ct, {take_stones} das {stones} pedras de um saldo ({held} ct), dá cerca de {each} ct por pedra, e {category} recebe pedras de {bounds} cada: verifique a contagem</translation>
    </message>
    <message>
        <source>filling a parcel</source>
        <translation>encher uma encomenda</translation>
    </message>
    <message>
        <source>{category} has HS code {hs_code}, which a KP shipment may not hold</source>
        <translation>{category} tem o código SH {hs_code}, que uma remessa PK não pode conter</translation>
    </message>
    <message>
        <source>{category} from lot {lot}</source>
        <translation>{category} do lote {lot}</translation>
    </message>
    <message>
        <source>{what}: none in stock: lot {lot} is not sorted yet (its goods go into stock when its sorting is closed)</source>
        <translation>{what}: nada em existências: o lote {lot} ainda não está classificado (os seus bens entram em existências quando a classificação for fechada)</translation>
    </message>
    <message>
        <source>{what} is a specials category: pack each special stone on its own (stones 1), with its own weight</source>
        <translation>{what} é uma categoria de pedras especiais: embale cada pedra especial sozinha (pedras 1), com o seu próprio peso</translation>
    </message>
    <message>
        <source>{what}: {ct} ct is not a special stone (10.800 ct or more); pack each special stone on its own, with its own weight</source>
        <translation>{what}: {ct} ct não é uma pedra especial (10.800 ct ou mais); embale cada pedra especial sozinha, com o seu próprio peso</translation>
    </message>
    <message>
        <source>{what}: {count} lots hold special stones; name the lot the stone of {ct} ct comes from (a special stone is packed from its own lot)</source>
        <translation>{what}: {count} lotes têm pedras especiais; indique o lote de onde vem a pedra de {ct} ct (uma pedra especial é embalada do seu próprio lote)</translation>
    </message>
    <message>
        <source>its unpacked special stones weigh {weights} ct</source>
        <translation>as suas pedras especiais não embaladas pesam {weights} ct</translation>
    </message>
    <message>
        <source>every special stone sorted into it is packed</source>
        <translation>todas as pedras especiais classificadas nele estão embaladas</translation>
    </message>
    <message>
        <source>{category} from lot {lot}: no special stone of {ct} ct was sorted into lot {lot} and left unpacked; {left} (pack a special stone with the weight recorded at sorting)</source>
        <translation>{category} do lote {lot}: nenhuma pedra especial de {ct} ct foi classificada no lote {lot} e deixada por embalar; {left} (embale uma pedra especial com o peso registado na classificação)</translation>
    </message>
    <message>
        <source>reversing a packing</source>
        <translation>estornar uma embalagem</translation>
    </message>
    <message>
        <source>&apos;{journal}&apos; is not a packing of parcel {parcel}</source>
        <translation>«{journal}» não é uma embalagem da encomenda {parcel}</translation>
    </message>
    <message>
        <source>packing {uid} is already reversed</source>
        <translation>a embalagem {uid} já está estornada</translation>
    </message>
    <message>
        <source>overriding a price</source>
        <translation>substituir um preço</translation>
    </message>
    <message>
        <source>valuer&apos;s name</source>
        <translation>nome do avaliador</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>date of valuation</source>
        <translation>data da avaliação</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>{field}: {day} is after today ({today})</source>
        <translation>{field}: {day} é posterior a hoje ({today})</translation>
    </message>
    <message>
        <source>recording a valuation</source>
        <translation>registar uma avaliação</translation>
    </message>
    <message>
        <source>valuer: use one of {valuers}</source>
        <translation>avaliador: use um dos valores {valuers}</translation>
    </message>
    <message>
        <source>{valuer} value</source>
        <translation>valor ({valuer})</translation>
    </message>
    <message>
        <source>sealing a parcel</source>
        <translation>selar uma encomenda</translation>
    </message>
    <message>
        <source>KP certificate: &apos;{cert}&apos; must start with the site&apos;s country code {country}, then a digit, &apos;/&apos; or &apos;-&apos;, then letters, digits, &apos;/&apos; or &apos;-&apos;</source>
        <translation>CPK: &apos;{cert}&apos; tem de começar pelo código do país do local {country}, depois um algarismo, &apos;/&apos; ou &apos;-&apos;, depois letras, algarismos, &apos;/&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>seal: give the number of at least one tamper-evident seal</source>
        <translation>selo: indique o número de pelo menos um selo inviolável</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>selo: o mesmo número de selo é indicado duas vezes</translation>
    </message>
    <message>
        <source>the site has no exporting authority; an admin sets it in the site settings</source>
        <translation>o local não tem autoridade de exportação: um administrador define-a nas definições do local</translation>
    </message>
    <message>
        <source>seal {seal} is already used at this site; seal numbers are unique</source>
        <translation>o selo {seal} já foi usado neste local; os números de selo são únicos</translation>
    </message>
    <message>
        <source>certificate {cert} was issued {issued} and expires {expires}; leave the dates out or give those</source>
        <translation>o certificado {cert} foi emitido em {issued} e expira em {expires}; omita as datas ou indique essas</translation>
    </message>
    <message>
        <source>the shipment under {cert} has left; start a new certificate</source>
        <translation>a remessa com {cert} já saiu; comece um certificado novo</translation>
    </message>
    <message>
        <source>expires: the expiry date must be after the issue date</source>
        <translation>expira em: a data de validade tem de ser posterior à data de emissão</translation>
    </message>
    <message>
        <source>parcel {parcel} is empty; add goods before sealing</source>
        <translation>a encomenda {parcel} está vazia; adicione mercadoria antes de a selar</translation>
    </message>
    <message>
        <source>lot {lots}: no origin recorded for its goods (a lot is received with its origins; added outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>lote {lots}: nenhuma origem registada para as suas mercadorias (um lote é recebido com as suas origens; adicionado fora do sortapp); nada foi selado; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>no price for {categories} on {day}; set one in the price book or override it for this parcel</source>
        <translation>sem preço para {categories} em {day}; defina um na lista de preços ou substitua-o para esta encomenda</translation>
    </message>
    <message>
        <source>parcel {parcel}: a price, valuation or valuation rule it would be sealed at is not one a signed entry set (changed outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>encomenda {parcel}: um preço, uma avaliação ou uma regra de avaliação a que seria selada não foi fixado por uma entrada assinada (alterado fora do sortapp); nada foi selado; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>parcel {parcel}: what sealing freezes changed after its summary was shown (its goods, a price or the day changed meanwhile); nothing was sealed; seal it again to see it now</source>
        <translation>encomenda {parcel}: o que a selagem fixa mudou depois de o resumo ser mostrado (os seus bens, um preço ou o dia mudaram entretanto); nada foi selado; sele-a de novo para o ver agora</translation>
    </message>
    <message>
        <source>certificate {cert}</source>
        <translation>certificado {cert}</translation>
    </message>
    <message>
        <source>parcel {parcel} is not as it was sealed (its data, or the goods the ledger holds in it, were changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>a encomenda {parcel} não está como foi selada (os seus dados, ou as mercadorias que o razão nela contém, foram alterados fora do sortapp); nada foi feito; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>KP certificate {cert} is not as it was sealed (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>o certificado KP {cert} não está como foi selado (alterado fora do sortapp); nada foi feito; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>shipping a parcel</source>
        <translation>expedir uma encomenda</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportador</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>carta de porte aéreo</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel ships</source>
        <translation>{state}; só uma encomenda selada é expedida</translation>
    </message>
    <message>
        <source>voiding a parcel</source>
        <translation>anular uma encomenda</translation>
    </message>
    <message>
        <source>{state}; it cannot be voided</source>
        <translation>{state}; não pode ser anulada</translation>
    </message>
    <message>
        <source>parcel {parcel} changed after its summary was shown (its goods or its state changed meanwhile); nothing was voided; cancel, and void it again to see what returns to stock now</source>
        <translation>a encomenda {parcel} mudou depois de o resumo ser mostrado (os seus bens ou o seu estado mudaram entretanto); nada foi anulado; cancele e anule-a de novo para ver o que volta ao stock agora</translation>
    </message>
    <message>
        <source>listing parcels</source>
        <translation>listar as encomendas</translation>
    </message>
    <message>
        <source>KP certificate &apos;{cert}&apos; is not recorded at this site</source>
        <translation>o CPK «{cert}» não está registado neste local</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>código SH: use um de {codes}</translation>
    </message>
    <message>
        <source>shipped from</source>
        <translation>expedido de</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebido</translation>
    </message>
    <message>
        <source>lot {lot}&apos;s receipt</source>
        <translation>a recepção do lote {lot}</translation>
    </message>
    <message>
        <source>incoming KP certificate: goods shipped from within {home} cross no border and travel under no KP certificate; give the country the lot was shipped from, or no certificate</source>
        <translation>CPK de entrada: a mercadoria expedida de dentro de {home} não atravessa nenhuma fronteira e não viaja com CPK; indique o país de onde o lote foi expedido, ou nenhum certificado</translation>
    </message>
    <message>
        <source>shipped from: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only be imported from KP participants</source>
        <translation>expedido de: {name} ({code}) não consta da lista de participantes no PK do local; os diamantes brutos só podem ser importados de participantes no PK</translation>
    </message>
    <message>
        <source>incoming KP certificate: a lot shipped from {name} ({code}) crosses the border under a KP certificate; enter its number (goods bought within {home}: give {home} as the country shipped from)</source>
        <translation>CPK de entrada: um lote expedido de {name} ({code}) atravessa a fronteira com um CPK; introduza o seu número (mercadoria comprada em {home}: indique {home} como país de expedição)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>lote {lot}: {weighed} ct pesados diferem dos {declared} ct declarados acima da tolerância; um supervisor tem de reconhecer a diferença</translation>
    </message>
    <message>
        <source>lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; correct its sorting entries instead</source>
        <translation>o lote {lot} está em classificação: só um lote pesado ainda não classificado pode ser pesado de novo; corrija antes as suas entradas de classificação</translation>
    </message>
    <message>
        <source>lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} está classificado: só um lote pesado ainda não classificado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} aguarda pesagem: só um lote pesado ainda não classificado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} está no estado «{status}»: só um lote pesado ainda não classificado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} already exists; lot numbers are unique at this site</source>
        <translation>o lote {lot} já existe; os números de lote são únicos neste local</translation>
    </message>
    <message>
        <source>stones: {stones} stones of {ct} ct would each weigh less than 0.001 ct; check the count or the carats</source>
        <translation>pedras: {stones} pedras de {ct} ct pesariam cada uma menos de 0,001 ct; verifique a contagem ou os quilates</translation>
    </message>
    <message>
        <source>lot {lot} was received with {counted} stones counted; leave stones blank to keep that count (a supervisor may weigh the lot again with {stones} stones and a reason)</source>
        <translation>o lote {lot} foi recebido com {counted} pedras contadas; deixe as pedras em branco para manter esse número (um supervisor pode pesar o lote de novo com {stones} pedras e um motivo)</translation>
    </message>
    <message>
        <source>weighing a lot</source>
        <translation>pesar um lote</translation>
    </message>
    <message>
        <source>lot {lot} is already weighed ({ct} ct)</source>
        <translation>o lote {lot} já está pesado ({ct} ct)</translation>
    </message>
    <message>
        <source>declared value: a lot shipped from {name} ({code}) is imported at the value in US dollars its KP certificate states; enter it (the KP statistics report imports by value)</source>
        <translation>valor declarado: um lote expedido de {name} ({code}) é importado pelo valor em dólares dos EUA que o seu CPK indica; introduza-o (as estatísticas do PK declaram as importações pelo valor)</translation>
    </message>
    <message>
        <source>incoming KP certificate: &apos;{cert}&apos; does not begin with {code} and a digit or &apos;/&apos;, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; a KP certificate&apos;s number begins with the code of the country that issued it, {name}, the one the lot was shipped from: check the certificate, or the country shipped from</source>
        <translation>CPK de entrada: &apos;{cert}&apos; não começa por {code} seguido de um algarismo ou de &apos;/&apos;, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;; o número de um CPK começa pelo código do país que o emitiu, {name}, aquele de onde o lote foi expedido: verifique o certificado, ou o país de expedição</translation>
    </message>
    <message>
        <source>correcting a lot&apos;s weight</source>
        <translation>corrigir o peso de um lote</translation>
    </message>
    <message>
        <source>carats: enter a weight above 0.000 ct</source>
        <translation>quilates: introduza um peso acima de 0.000 ct</translation>
    </message>
    <message>
        <source>lot {lot} already weighs {ct} ct</source>
        <translation>o lote {lot} já pesa {ct} ct</translation>
    </message>
    <message>
        <source>lot {lot} has {count} receipts in the ledger, not 1</source>
        <translation>o lote {lot} tem {count} recepções no razão, não 1</translation>
    </message>
    <message>
        <source>lot {lot} weighed again: {ct} ct</source>
        <translation>lote {lot} pesado de novo: {ct} ct</translation>
    </message>
    <message>
        <source>acknowledging a weight difference</source>
        <translation>reconhecer uma diferença de peso</translation>
    </message>
    <message>
        <source>lot {lot} was weighed again after its difference was shown ({ct} ct now); nothing was acknowledged; cancel, and look at it again</source>
        <translation>o lote {lot} foi pesado de novo depois de a sua diferença ser mostrada ({ct} ct agora); nada foi reconhecido; cancele e veja-o de novo</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>o lote {lot} não tem diferença de peso a reconhecer</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>lote {lot}: a diferença de peso já está reconhecida</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>listar os lotes</translation>
    </message>
    <message>
        <source>fingerprint: give the partner&apos;s key fingerprint as on its key sheet (24 hex digits, such as 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</source>
        <translation>impressão digital: indique a impressão digital da chave do parceiro como na sua folha de chave (24 algarismos hexadecimais, como 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</translation>
    </message>
    <message>
        <source>pinning a partner site&apos;s key</source>
        <translation>fixar a chave de um local parceiro</translation>
    </message>
    <message>
        <source>site: give the partner site&apos;s code, as its transfer files name it</source>
        <translation>local: indique o código do local parceiro, tal como os seus ficheiros de transferência o nomeiam</translation>
    </message>
    <message>
        <source>{site} is this site; pin the keys of the sites you receive from</source>
        <translation>{site} é este local; fixe as chaves dos locais de que recebe</translation>
    </message>
    <message>
        <source>the key {key} of {site} was already pinned</source>
        <translation>a chave {key} de {site} já estava fixada</translation>
    </message>
    <message>
        <source>{site} already has the key {key} pinned; to pin a new key, confirm it with the partner, then replace the pinned key, giving a reason</source>
        <translation>{site} já tem a chave {key} fixada; para fixar uma chave nova, confirme-a com o parceiro e depois substitua a chave fixada, indicando um motivo</translation>
    </message>
    <message>
        <source>the key {key} of {site} is pinned</source>
        <translation>a chave {key} de {site} está fixada</translation>
    </message>
    <message>
        <source>lot {lot}: its origins are not those its receipt recorded (changed outside sortapp); nothing was exported; an admin checks the database (verify)</source>
        <translation>lote {lot}: as suas origens não são as que a sua recepção registou (alteradas fora do sortapp); nada foi exportado; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel moves</source>
        <translation>{state}; só uma encomenda selada pode ser transferida</translation>
    </message>
    <message>
        <source>exporting a transfer file</source>
        <translation>exportar um ficheiro de transferência</translation>
    </message>
    <message>
        <source>a supervisor or admin signs transfer files, with the site key their sign-in unlocks; {user} holds no site key here (one who does may give it to them), so no file was written</source>
        <translation>um supervisor ou administrador assina os ficheiros de transferência com a chave do local que o seu início de sessão desbloqueia; {user} não tem chave do local aqui (quem a tenha pode dar-lha), por isso nenhum ficheiro foi escrito</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sem corpo</translation>
    </message>
    <message>
        <source>the sender is incomplete</source>
        <translation>o remetente está incompleto</translation>
    </message>
    <message>
        <source>the sender&apos;s key is missing or malformed</source>
        <translation>a chave do remetente falta ou está mal formada</translation>
    </message>
    <message>
        <source>the receiving site is malformed</source>
        <translation>o local destinatário está mal formado</translation>
    </message>
    <message>
        <source>no parcel</source>
        <translation>sem encomenda</translation>
    </message>
    <message>
        <source>the parcel&apos;s number or destination is missing</source>
        <translation>falta o número ou o destino da encomenda</translation>
    </message>
    <message>
        <source>the KP certificate is malformed</source>
        <translation>o CPK está mal formado</translation>
    </message>
    <message>
        <source>the parcel&apos;s seals are malformed</source>
        <translation>os selos da encomenda estão mal formados</translation>
    </message>
    <message>
        <source>the parcel&apos;s hs codes are malformed</source>
        <translation>os códigos SH da encomenda estão mal formados</translation>
    </message>
    <message>
        <source>the parcel has no HS code</source>
        <translation>a encomenda não tem código SH</translation>
    </message>
    <message>
        <source>the parcel&apos;s carats are not a positive whole number of thousandths</source>
        <translation>os quilates da encomenda não são um número inteiro positivo de milésimos</translation>
    </message>
    <message>
        <source>the parcel&apos;s stone count is malformed</source>
        <translation>o número de pedras da encomenda está mal formado</translation>
    </message>
    <message>
        <source>the parcel&apos;s value is malformed</source>
        <translation>o valor da encomenda está mal formado</translation>
    </message>
    <message>
        <source>the parcel has no lines</source>
        <translation>a encomenda não tem linhas</translation>
    </message>
    <message>
        <source>a line&apos;s origins are malformed</source>
        <translation>as origens de uma linha estão mal formadas</translation>
    </message>
    <message>
        <source>a line&apos;s carats are not a whole number of thousandths</source>
        <translation>os quilates de uma linha não são um número inteiro de milésimos</translation>
    </message>
    <message>
        <source>the lines&apos; carats do not add up to the parcel&apos;s</source>
        <translation>os quilates das linhas não somam os da encomenda</translation>
    </message>
    <message>
        <source>{file} is not a sortapp transfer file; nothing was imported</source>
        <translation>{file} não é um ficheiro de transferência sortapp; nada foi importado</translation>
    </message>
    <message>
        <source>{path} is a pipe or device, not a transfer file</source>
        <translation>{path} é um pipe ou dispositivo, não um ficheiro de transferência</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>não há ficheiro em {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a transfer file</source>
        <translation>{path} é uma pasta, não um ficheiro de transferência</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>{file} is larger than a transfer file can be ({size} MB at most); nothing was imported</source>
        <translation>{file} é maior do que um ficheiro de transferência pode ser ({size} MB no máximo); nada foi importado</translation>
    </message>
    <message>
        <source>{file} is transfer format {shown}; this sortapp reads {version}</source>
        <translation>{file} está no formato de transferência {shown}; este sortapp lê o {version}</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file (numbers must be whole, text UTF-8); nothing was imported</source>
        <translation>{file} não é um ficheiro de transferência íntegro (os números têm de ser inteiros, o texto em UTF-8); nada foi importado</translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match); nothing was imported</source>
        <translation>{file} foi alterado (a sua impressão digital não corresponde); nada foi importado</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file ({problem}); nothing was imported</source>
        <translation>{file} não é um ficheiro de transferência íntegro ({problem}); nada foi importado</translation>
    </message>
    <message>
        <source>the key pinned here for {site} is not the one an admin&apos;s signed pinning recorded (changed outside sortapp); nothing was imported; an admin checks the database (verify)</source>
        <translation>a chave fixada aqui para {site} não é a que a fixação assinada de um administrador registou (alterada fora do sortapp); nada foi importado; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>{file} from {sender} is not signed with {sender}&apos;s site key (it was written by an earlier sortapp, or altered); ask the sender for a signed file</source>
        <translation>{file} de {sender} não está assinado com a chave do local {sender} (foi escrito por um sortapp anterior, ou alterado); peça ao remetente um ficheiro assinado</translation>
    </message>
    <message>
        <source>{file} is signed by {sender} with the key {key}, and no key of {sender} is pinned here; confirm that fingerprint with {sender} (by phone, or on its key sheet), then an admin pins it</source>
        <translation>{file} está assinado por {sender} com a chave {key}, e nenhuma chave de {sender} está fixada aqui; confirme essa impressão digital com {sender} (por telefone, ou na sua folha de chave) e depois um administrador fixa-a</translation>
    </message>
    <message>
        <source>{file} is signed with the key {key}, but the key pinned for {sender} is {pinned}; if {sender} has a new key, confirm it with {sender}, then an admin re-pins it, giving a reason</source>
        <translation>{file} está assinado com a chave {key}, mas a chave fixada para {sender} é {pinned}; se {sender} tem uma chave nova, confirme-a com {sender} e depois um administrador volta a fixá-la, indicando um motivo</translation>
    </message>
    <message>
        <source>{file}: the signature does not match its contents (the file was changed after it was signed, or forged); it cannot be accepted; nothing was imported</source>
        <translation>{file}: a assinatura não corresponde ao conteúdo (o ficheiro foi alterado depois de assinado, ou falsificado); não pode ser aceite; nada foi importado</translation>
    </message>
    <message>
        <source>incoming KP certificate: the file names {named}, not {given}; nothing was imported</source>
        <translation>CPK de entrada: o ficheiro indica {named}, não {given}; nada foi importado</translation>
    </message>
    <message>
        <source>importing a transfer file</source>
        <translation>importar um ficheiro de transferência</translation>
    </message>
    <message>
        <source>accepting a transfer file not signed by a pinned key</source>
        <translation>aceitar um ficheiro de transferência não assinado por uma chave fixada</translation>
    </message>
    <message>
        <source>reason: say why this file is accepted without a pinned signature</source>
        <translation>motivo: diga porque é que este ficheiro é aceite sem assinatura fixada</translation>
    </message>
    <message>
        <source>{file} changed after it was read (another file, or the same one rewritten); nothing was imported; import it again</source>
        <translation>{file} mudou depois de ter sido lido (outro ficheiro, ou o mesmo reescrito); nada foi importado; importe-o de novo</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported (an admin may accept this one file, giving a reason)</source>
        <translation>{problem}; nada foi importado (um administrador pode aceitar este único ficheiro, indicando um motivo)</translation>
    </message>
    <message>
        <source>this transfer file was written by this site; import it at the receiver</source>
        <translation>este ficheiro de transferência foi escrito por este local; importe-o no destinatário</translation>
    </message>
    <message>
        <source>{file} is addressed to site {to_site}, not {here}; nothing was imported</source>
        <translation>{file} é dirigido ao local {to_site}, não {here}; nada foi importado</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} was already imported as lot {lot}; nothing was imported</source>
        <translation>a encomenda {parcel} de {sender} já foi importada como lote {lot}; nada foi importado</translation>
    </message>
    <message>
        <source>parcel {parcel} is consigned to {destination}, not {country}; a supervisor may force the import</source>
        <translation>a encomenda {parcel} é consignada a {destination}, não a {country}; um supervisor pode forçar a importação</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} ({country}) names no incoming KP certificate, and goods shipped from another country are received under theirs: give the number of the certificate that came with the goods; nothing was imported</source>
        <translation>a encomenda {parcel} de {sender} ({country}) não indica CPK de entrada, e a mercadoria expedida de outro país é recebida com o seu: indique o número do certificado que veio com a mercadoria; nada foi importado</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>este local só aceita pesos da balança: capture o peso da balança (um administrador pode permitir pesos escritos: Definições, «Os pesos podem ser escritos à mão»)</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it (Settings, Balances) before it weighs</source>
        <translation>a balança «{balance}» não está no registo: um administrador regista-a (Definições, Balanças) antes de pesar</translation>
    </message>
    <message>
        <source>{field}: the pattern is too long (500 characters at most)</source>
        <translation>{field}: o padrão é demasiado longo (500 caracteres no máximo)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a regular expression ({error})</source>
        <translation>{field}: «{text}» não é uma expressão regular ({error})</translation>
    </message>
    <message>
        <source>{field}: the pattern needs a group named value holding the weight, as (?P&lt;value&gt;[0-9.]+)</source>
        <translation>{field}: o padrão precisa de um grupo chamado value com o peso, como (?P&lt;value&gt;[0-9.]+)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not one of {named}</source>
        <translation>{field}: «{value}» não é um dos valores {named}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a code; use letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation>{field}: «{value}» não é um código; use letras, algarismos, «-», «_»</translation>
    </message>
    <message>
        <source>{field}: give the serial number on the balance&apos;s plate</source>
        <translation>{field}: indique o número de série da placa da balança</translation>
    </message>
    <message>
        <source>{field}: not a field of the register; use {fields}</source>
        <translation>{field}: não é um campo do registo; use {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of a reference weight; use {fields}</source>
        <translation>{field}: não é um campo de um peso de referência; use {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of {fields_of}; use {fields}</source>
        <translation>{field}: não é um campo de {fields_of}; use {fields}</translation>
    </message>
    <message>
        <source>{field}: required for a new balance</source>
        <translation>{field}: obrigatório para uma balança nova</translation>
    </message>
    <message>
        <source>{field}: required for a new reference weight</source>
        <translation>{field}: obrigatório para um peso de referência novo</translation>
    </message>
    <message>
        <source>{field}: required for a new {what}</source>
        <translation>{field}: obrigatório para um novo elemento «{what}»</translation>
    </message>
    <message>
        <source>pattern: only a generic balance has a pattern; {protocol} reads its own format (leave the pattern blank)</source>
        <translation>padrão: só uma balança generic tem padrão; {protocol} lê o seu próprio formato (deixe o padrão em branco)</translation>
    </message>
    <message>
        <source>verification interval e: {e} ct is finer than the readability d ({d} ct); e is d or more</source>
        <translation>divisão de verificação e: {e} ct é mais fina do que a divisão real d ({d} ct); e é d ou mais</translation>
    </message>
    <message>
        <source>maximum load: {max} ct is not above the minimum load ({min} ct)</source>
        <translation>carga máxima: {max} ct não é superior à carga mínima ({min} ct)</translation>
    </message>
    <message>
        <source>registering a balance</source>
        <translation>registar uma balança</translation>
    </message>
    <message>
        <source>code: balance {code} is already registered</source>
        <translation>código: a balança {code} já está registada</translation>
    </message>
    <message>
        <source>code: reference weight {code} is already registered</source>
        <translation>código: o peso de referência {code} já está registado</translation>
    </message>
    <message>
        <source>balance {code} registered</source>
        <translation>balança {code} registada</translation>
    </message>
    <message>
        <source>reference weight {code} registered</source>
        <translation>peso de referência {code} registado</translation>
    </message>
    <message>
        <source>changing a balance in the register</source>
        <translation>alterar uma balança no registo</translation>
    </message>
    <message>
        <source>balance {code} changed</source>
        <translation>balança {code} alterada</translation>
    </message>
    <message>
        <source>balance {code}: nothing to change</source>
        <translation>balança {code}: nada a alterar</translation>
    </message>
    <message>
        <source>reference weight {code}: nothing to change</source>
        <translation>peso de referência {code}: nada a alterar</translation>
    </message>
    <message>
        <source>code: balance {code} keeps its code (its weighings name it); register the instrument under a new code instead</source>
        <translation>código: a balança {code} mantém o seu código (as pesagens referem-no); registe o instrumento com um código novo</translation>
    </message>
    <message>
        <source>code: reference weight {code} keeps its code (its checks name it); register the weight under a new code instead</source>
        <translation>código: o peso de referência {code} mantém o seu código (as verificações referem-no); registe o peso com um código novo</translation>
    </message>
    <message>
        <source>recording a balance&apos;s calibration</source>
        <translation>registar a calibração de uma balança</translation>
    </message>
    <message>
        <source>next due: {due} is not after the calibration ({day})</source>
        <translation>próxima calibração: {due} não é posterior à calibração ({day})</translation>
    </message>
    <message>
        <source>calibrated on: {day} is after today ({today})</source>
        <translation>calibrada em: {day} é posterior a hoje ({today})</translation>
    </message>
    <message>
        <source>calibrated by: name who calibrated the balance (company or person)</source>
        <translation>calibrada por: indique quem calibrou a balança (empresa ou pessoa)</translation>
    </message>
    <message>
        <source>certificate: give the calibration certificate&apos;s number (it proves the calibration)</source>
        <translation>certificado: indique o número do certificado de calibração (é ele que prova a calibração)</translation>
    </message>
    <message>
        <source>balance {code} calibrated on {day}, next due {due}</source>
        <translation>balança {code} calibrada em {day}, próxima calibração em {due}</translation>
    </message>
    <message>
        <source>checking a balance</source>
        <translation>verificar uma balança</translation>
    </message>
    <message>
        <source>a balance is checked with a reading captured off it, not typed: put the reference weight on the pan and capture the reading</source>
        <translation>uma balança verifica-se com uma leitura capturada dela, não escrita: ponha o peso de referência no prato e capture a leitura</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; is not a weight in carats above 0.000 ct: capture the reference weight from the balance again</source>
        <translation>a leitura «{reading}» não é um peso em quilates acima de 0.000 ct: capture de novo o peso de referência da balança</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it is not checked or used</source>
        <translation>a balança {balance} está retirada: não é verificada nem usada</translation>
    </message>
    <message>
        <source>reference weight {ref} is retired: check with one in use</source>
        <translation>o peso de referência {ref} está retirado: verifique com um em uso</translation>
    </message>
    <message>
        <source>the reading was captured off balance {other}, not {balance}: check {balance} with its own reading</source>
        <translation>a leitura foi capturada da balança {other}, não da {balance}: verifique a {balance} com a sua própria leitura</translation>
    </message>
    <message>
        <source>{read} ct against {ref} of {nominal} ct (tolerance {tolerance} ct)</source>
        <translation>{read} ct contra {ref} de {nominal} ct (tolerância {tolerance} ct)</translation>
    </message>
    <message>
        <source>balance {balance} passed: {said}</source>
        <translation>balança {balance} aprovada: {said}</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct; capture is blocked until a check passes</source>
        <translation>a balança {balance} FALHOU a verificação: {said}, desvio de {off} ct; a captura está bloqueada até uma verificação aprovada</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct</source>
        <translation>a balança {balance} FALHOU a verificação: {said}, desvio de {off} ct</translation>
    </message>
    <message>
        <source>reference weight &apos;{ref}&apos; is not in the register: an admin registers it (Settings, Balances, Reference weights)</source>
        <translation>o peso de referência «{ref}» não está no registo: um administrador regista-o (Definições, Balanças, Pesos de referência)</translation>
    </message>
    <message>
        <source>certificate: give the reference weight&apos;s calibration certificate</source>
        <translation>certificado: indique o certificado de calibração do peso de referência</translation>
    </message>
    <message>
        <source>registering a reference weight</source>
        <translation>registar um peso de referência</translation>
    </message>
    <message>
        <source>changing a reference weight</source>
        <translation>alterar um peso de referência</translation>
    </message>
    <message>
        <source>reference weight {code} changed</source>
        <translation>peso de referência {code} alterado</translation>
    </message>
    <message>
        <source>zeroing or taring a balance</source>
        <translation>zerar ou tarar uma balança</translation>
    </message>
    <message>
        <source>action: &apos;{action}&apos; is not zero or tare</source>
        <translation>acção: «{action}» não é zero nem tara</translation>
    </message>
    <message>
        <source>balance: name the balance that was zeroed or tared</source>
        <translation>balança: indique a balança que foi zerada ou tarada</translation>
    </message>
    <message>
        <source>balance {balance} zeroed</source>
        <translation>balança {balance} zerada</translation>
    </message>
    <message>
        <source>balance {balance} tared</source>
        <translation>balança {balance} tarada</translation>
    </message>
    <message>
        <source>balance {balance} reports serial {serial} but the register says {registered}: capture is blocked until an admin checks the instrument</source>
        <translation>a balança {balance} indica o número de série {serial} mas o registo diz {registered}: a captura está bloqueada até um administrador verificar o instrumento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>balance {balance} has no port in the register: an admin registers the port it is connected on before it captures</source>
        <translation>a balança {balance} não tem porta no registo: um administrador regista a porta onde está ligada antes de capturar</translation>
    </message>
    <message>
        <source>balance {balance} was read on port &apos;{port}&apos;, not on its registered port &apos;{registered}&apos;: connect it on that port (an admin changes the port in the register)</source>
        <translation>a balança {balance} foi lida na porta «{port}», não na porta registada «{registered}»: ligue-a nessa porta (um administrador altera a porta no registo)</translation>
    </message>
    <message>
        <source>capture the weight from the balance again</source>
        <translation>capture de novo o peso da balança</translation>
    </message>
    <message>
        <source>the capture&apos;s time &apos;{time}&apos; is not a time in UTC: {again}</source>
        <translation>a hora da captura «{time}» não é uma hora em UTC: {again}</translation>
    </message>
    <message>
        <source>the weight was captured more than 10 minutes ago: {again}</source>
        <translation>o peso foi capturado há mais de 10 minutos: {again}</translation>
    </message>
    <message>
        <source>the capture&apos;s time {time} is ahead of this computer&apos;s clock: check the workstation&apos;s clock and {again}</source>
        <translation>a hora da captura {time} está adiantada em relação ao relógio deste computador: verifique o relógio do posto e {again}</translation>
    </message>
    <message>
        <source>the raw line &apos;{raw}&apos; is not a reading balance {balance} sends ({protocol}): {again}</source>
        <translation>a linha em bruto «{raw}» não é uma leitura que a balança {balance} envie ({protocol}): {again}</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s raw line is refused: {refusal}</source>
        <translation>a linha em bruto da balança {balance} é recusada: {refusal}</translation>
    </message>
    <message>
        <source>the balance marks its last digit as not verified: &apos;{raw}&apos;; balance {balance} is verified for trade, so set it to show verified digits only (or an admin marks it not verified)</source>
        <translation>a balança marca o último algarismo como não verificado: «{raw}»; a balança {balance} está verificada para comércio, por isso configure-a para mostrar só algarismos verificados (ou um administrador marca-a como não verificada)</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; does not agree with the line balance {balance} sent (&apos;{raw}&apos;): {again}</source>
        <translation>a leitura «{reading}» não corresponde à linha enviada pela balança {balance} («{raw}»): {again}</translation>
    </message>
    <message>
        <source>the reading captured off balance {balance} (&apos;{reading}&apos;) is not {ct} ct: {again}</source>
        <translation>a leitura capturada da balança {balance} («{reading}») não é {ct} ct: {again}</translation>
    </message>
    <message>
        <source>this reading off balance {balance} is recorded already (one reading is one weight): capture the weight again</source>
        <translation>esta leitura da balança {balance} já está registada (uma leitura é um só peso): capture de novo o peso</translation>
    </message>
    <message>
        <source>{ct} ct is below balance {balance}&apos;s minimum load of {min} ct: weigh it on a finer balance, or together with more goods</source>
        <translation>{ct} ct está abaixo da carga mínima da balança {balance}, {min} ct: pese numa balança mais fina, ou junto com mais mercadoria</translation>
    </message>
    <message>
        <source>{ct} ct is above balance {balance}&apos;s maximum load of {max} ct: weigh it in portions</source>
        <translation>{ct} ct está acima da carga máxima da balança {balance}, {max} ct: pese em porções</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it captures nothing</source>
        <translation>a balança {balance} está retirada: não captura nada</translation>
    </message>
    <message>
        <source>balance {balance} has no calibration recorded: an admin records it before it captures</source>
        <translation>a balança {balance} não tem calibração registada: um administrador regista-a antes de capturar</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s calibration was due on {due}: capture is blocked until an admin records its new calibration</source>
        <translation>a calibração da balança {balance} vencia em {due}: a captura está bloqueada até um administrador registar a nova calibração</translation>
    </message>
    <message>
        <source>balance {balance} has not been checked today ({today}): check it with the reference weight before capturing</source>
        <translation>a balança {balance} não foi verificada hoje ({today}): verifique-a com o peso de referência antes de capturar</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check today ({read} ct against {nominal} ct): check it again with the reference weight before capturing</source>
        <translation>a balança {balance} FALHOU a verificação hoje ({read} ct contra {nominal} ct): verifique-a de novo com o peso de referência antes de capturar</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it</source>
        <translation>a balança «{balance}» não está no registo: um administrador regista-a</translation>
    </message>
    <message>
        <source>balance {balance} may capture</source>
        <translation>a balança {balance} pode capturar</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: weights read from a file were not weighed on this site&apos;s balance, so the file is not imported; record the entries with the weights captured from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>este local só aceita pesos da balança: os pesos lidos de um ficheiro não foram pesados na balança deste local, por isso o ficheiro não é importado; registe as entradas com os pesos capturados da balança (um administrador pode permitir pesos escritos: Definições, «Os pesos podem ser escritos à mão»)</translation>
    </message>
    <message>
        <source>{code} ({what}, serial {serial})</source>
        <translation>{code} ({what}, n.º de série {serial})</translation>
    </message>
    <message>
        <source>{code} (serial {serial})</source>
        <translation>{code} (n.º de série {serial})</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <translation>balança {balance}</translation>
    </message>
    <message>
        <source>{balance}: 1 entry</source>
        <translation>{balance}: 1 entrada</translation>
    </message>
    <message>
        <source>{balance}: {n} entries</source>
        <translation>{balance}: {n} entradas</translation>
    </message>
    <message>
        <source>from file {file}: 1 entry</source>
        <translation>do ficheiro {file}: 1 entrada</translation>
    </message>
    <message>
        <source>from file {file}: {n} entries</source>
        <translation>do ficheiro {file}: {n} entradas</translation>
    </message>
    <message>
        <source>keyed, not from the balance: 1 entry</source>
        <translation>introduzido à mão, não da balança: 1 entrada</translation>
    </message>
    <message>
        <source>keyed, not from the balance: {n} entries</source>
        <translation>introduzido à mão, não da balança: {n} entradas</translation>
    </message>
</context>
</TS>

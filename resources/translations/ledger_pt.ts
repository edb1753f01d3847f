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
        <source>lot #{id} does not exist</source>
        <translation>o lote n.º {id} não existe</translation>
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
        <source>give the mine or the supplier the lot came from</source>
        <translation>indique a mina ou o fornecedor de onde veio o lote</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>selo: o mesmo número de selo é indicado duas vezes</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>código SH: use um de {codes}</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>lote {lot}: {weighed} ct pesados diferem dos {declared} ct declarados acima da tolerância; um supervisor tem de o aceitar</translation>
    </message>
    <message>
        <source>lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; correct its sorting entries instead</source>
        <translation>o lote {lot} está em triagem: só um lote pesado ainda não triado pode ser pesado de novo; corrija antes as suas entradas de triagem</translation>
    </message>
    <message>
        <source>lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} está triado: só um lote pesado ainda não triado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} aguarda pesagem: só um lote pesado ainda não triado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again</source>
        <translation>o lote {lot} está no estado «{status}»: só um lote pesado ainda não triado pode ser pesado de novo</translation>
    </message>
    <message>
        <source>lot {lot} already exists; lot numbers are unique at this site</source>
        <translation>o lote {lot} já existe; os números de lote são únicos neste local</translation>
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
        <translation>o lote {lot} tem {count} receções no razão, não 1</translation>
    </message>
    <message>
        <source>lot {lot} weighed again: {ct} ct</source>
        <translation>lote {lot} pesado de novo: {ct} ct</translation>
    </message>
    <message>
        <source>acknowledging a weight difference</source>
        <translation>aceitar uma diferença de peso</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>o lote {lot} não tem diferença de peso a aceitar</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>lote {lot}: a diferença de peso já está aceite</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>listar os lotes</translation>
    </message>
</context>
</TS>

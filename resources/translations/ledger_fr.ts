<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>lot &apos;{lot}&apos; does not exist</source>
        <translation>le lot « {lot} » n&apos;existe pas</translation>
    </message>
    <message>
        <source>lot #{id} does not exist</source>
        <translation>le lot n° {id} n&apos;existe pas</translation>
    </message>
    <message>
        <source>receiving a lot</source>
        <translation>recevoir un lot</translation>
    </message>
    <message>
        <source>carats: give the weighed carats, or the declared carats to weigh later</source>
        <translation>carats : donnez les carats pesés, ou les carats déclarés pour peser plus tard</translation>
    </message>
    <message>
        <source>origin: give the country of origin</source>
        <translation>origine : indiquez le pays d&apos;origine</translation>
    </message>
    <message>
        <source>give the mine or the supplier the lot came from</source>
        <translation>indiquez la mine ou le fournisseur d&apos;où vient le lot</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>scellé : le même numéro de scellé est donné deux fois</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>code SH : utilisez l&apos;un de {codes}</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>lot {lot} : {weighed} ct pesés diffèrent des {declared} ct déclarés au-delà de la tolérance ; un superviseur doit l&apos;accepter</translation>
    </message>
    <message>
        <source>lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; correct its sorting entries instead</source>
        <translation>le lot {lot} est en tri : seul un lot pesé pas encore trié peut être pesé de nouveau ; corrigez plutôt ses entrées de tri</translation>
    </message>
    <message>
        <source>lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again</source>
        <translation>le lot {lot} est trié : seul un lot pesé pas encore trié peut être pesé de nouveau</translation>
    </message>
    <message>
        <source>lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again</source>
        <translation>le lot {lot} attend la pesée : seul un lot pesé pas encore trié peut être pesé de nouveau</translation>
    </message>
    <message>
        <source>lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again</source>
        <translation>le lot {lot} est à l&apos;état « {status} » : seul un lot pesé pas encore trié peut être pesé de nouveau</translation>
    </message>
    <message>
        <source>lot {lot} already exists; lot numbers are unique at this site</source>
        <translation>le lot {lot} existe déjà ; les numéros de lot sont uniques sur ce site</translation>
    </message>
    <message>
        <source>lot {lot} was received with {counted} stones counted; leave stones blank to keep that count (a supervisor may weigh the lot again with {stones} stones and a reason)</source>
        <translation>le lot {lot} a été reçu avec {counted} pierres comptées ; laissez les pierres vides pour garder ce nombre (un superviseur peut peser de nouveau le lot avec {stones} pierres et un motif)</translation>
    </message>
    <message>
        <source>weighing a lot</source>
        <translation>peser un lot</translation>
    </message>
    <message>
        <source>lot {lot} is already weighed ({ct} ct)</source>
        <translation>le lot {lot} est déjà pesé ({ct} ct)</translation>
    </message>
    <message>
        <source>correcting a lot&apos;s weight</source>
        <translation>corriger le poids d&apos;un lot</translation>
    </message>
    <message>
        <source>carats: enter a weight above 0.000 ct</source>
        <translation>carats : saisissez un poids au-dessus de 0.000 ct</translation>
    </message>
    <message>
        <source>lot {lot} already weighs {ct} ct</source>
        <translation>le lot {lot} pèse déjà {ct} ct</translation>
    </message>
    <message>
        <source>lot {lot} has {count} receipts in the ledger, not 1</source>
        <translation>le lot {lot} a {count} réceptions au grand livre, pas 1</translation>
    </message>
    <message>
        <source>lot {lot} weighed again: {ct} ct</source>
        <translation>lot {lot} pesé de nouveau : {ct} ct</translation>
    </message>
    <message>
        <source>acknowledging a weight difference</source>
        <translation>accepter un écart de poids</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>le lot {lot} n&apos;a pas d&apos;écart de poids à accepter</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>lot {lot} : l&apos;écart de poids est déjà accepté</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>lister les lots</translation>
    </message>
</context>
</TS>

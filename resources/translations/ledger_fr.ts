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
        <source>stones not counted</source>
        <translation>pierres non comptées</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptées</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>{stones} pierres</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} entries counted)</source>
        <translation>{count} ({counted} entrées comptées sur {entries})</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lots counted)</source>
        <translation>{count} ({counted} lots comptés sur {entries})</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} {what} counted)</source>
        <translation>{count} ({counted} sur {entries} {what} comptés)</translation>
    </message>
    <message>
        <source>stone difference {diff} ({received} received, {sorted} sorted)</source>
        <translation>écart de pierres {diff} ({received} reçues, {sorted} triées)</translation>
    </message>
    <message>
        <source>{difference}; {stones}</source>
        <translation>{difference} ; {stones}</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), within tolerance ({allowed} ct allowed)</source>
        <translation>écart {difference} ct ({percent} %), dans la tolérance ({allowed} ct admis)</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), beyond tolerance ({allowed} ct allowed)</source>
        <translation>écart {difference} ct ({percent} %), au-delà de la tolérance ({allowed} ct admis)</translation>
    </message>
    <message>
        <source>lot {lot} is not weighed yet; weigh it first</source>
        <translation>le lot {lot} n&apos;est pas encore pesé ; pesez-le d&apos;abord</translation>
    </message>
    <message>
        <source>lot {lot} is already sorted and closed</source>
        <translation>le lot {lot} est déjà trié et clos</translation>
    </message>
    <message>
        <source>recording sorting results</source>
        <translation>enregistrer des résultats de tri</translation>
    </message>
    <message>
        <source>{category} is a specials category: record each stone of 10.80 ct or more as its own entry (stones 1)</source>
        <translation>{category} est une catégorie de pierres spéciales : enregistrez chaque pierre de 10.80 ct ou plus dans sa propre entrée (pierres 1)</translation>
    </message>
    <message>
        <source>{category} is for specials of 10.800 ct and more; {ct} ct belongs in a smaller size class</source>
        <translation>{category} est pour les pierres spéciales de 10.800 ct et plus ; {ct} ct va dans une classe de taille plus petite</translation>
    </message>
    <message>
        <source>a single stone of {ct} ct is a special (10.80 ct or more); record it in a specials (+10.80 ct) category</source>
        <translation>une pierre seule de {ct} ct est une pierre spéciale (10.80 ct ou plus) ; enregistrez-la dans une catégorie de pierres spéciales (+10.80 ct)</translation>
    </message>
    <message>
        <source>lot {lot}: this entry would bring sorted + losses to {accounted} ct, above the {received} ct received plus {tolerance} ct tolerance; check the scale and the figure</source>
        <translation>lot {lot} : cette entrée porterait trié + pertes à {accounted} ct, au-delà des {received} ct reçus plus {tolerance} ct de tolérance ; vérifiez la balance et le chiffre</translation>
    </message>
    <message>
        <source>loss type: &apos;{loss_type}&apos; is not one of {types}</source>
        <translation>type de perte : « {loss_type} » n&apos;est pas l&apos;un de {types}</translation>
    </message>
    <message>
        <source>recording sorting losses</source>
        <translation>enregistrer des pertes de tri</translation>
    </message>
    <message>
        <source>correcting a sorting entry</source>
        <translation>corriger une entrée de tri</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; is not an entry of lot {lot}</source>
        <translation>« {entry} » n&apos;est pas une entrée du lot {lot}</translation>
    </message>
    <message>
        <source>entry {entry} is itself a correction; record the goods again</source>
        <translation>l&apos;entrée {entry} est elle-même une correction ; enregistrez de nouveau les marchandises</translation>
    </message>
    <message>
        <source>entry {entry} is already corrected</source>
        <translation>l&apos;entrée {entry} est déjà corrigée</translation>
    </message>
    <message>
        <source>an operator may reverse only the lot&apos;s last entry, and only if it is yours; ask a supervisor</source>
        <translation>un opérateur ne peut contrepasser que la dernière entrée du lot, et seulement si elle est la sienne ; demandez à un superviseur</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot}; {rule}</source>
        <translation>{name} est {role} : l&apos;entrée {entry} n&apos;est pas la dernière entrée du lot {lot} ; {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is, a reversal); {rule}</source>
        <translation>{name} est {role} : l&apos;entrée {entry} n&apos;est pas la dernière entrée du lot {lot} ({last} l&apos;est, une contrepassation) ; {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is); {rule}</source>
        <translation>{name} est {role} : l&apos;entrée {entry} n&apos;est pas la dernière entrée du lot {lot} ({last} l&apos;est) ; {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} was made by someone else; {rule}</source>
        <translation>{name} est {role} : l&apos;entrée {entry} a été faite par quelqu&apos;un d&apos;autre ; {rule}</translation>
    </message>
    <message>
        <source>carats: {ct} ct; goods and losses are recorded above zero (to take an entry back, reverse it)</source>
        <translation>carats : {ct} ct ; marchandises et pertes s&apos;enregistrent au-dessus de zéro (pour reprendre une entrée, contrepassez-la)</translation>
    </message>
    <message>
        <source>closing a sorting</source>
        <translation>clore un tri</translation>
    </message>
    <message>
        <source>lot {lot} has no sorting results to close</source>
        <translation>le lot {lot} n&apos;a aucun résultat de tri à clore</translation>
    </message>
    <message>
        <source>lot {lot}: the difference between weighed and declared carats must be acknowledged by a supervisor first</source>
        <translation>lot {lot} : l&apos;écart entre carats pesés et déclarés doit d&apos;abord être accepté par un superviseur</translation>
    </message>
    <message>
        <source>lot {lot}: {summary}; a supervisor who did not enter the results must accept the difference with a reason to close it</source>
        <translation>lot {lot} : {summary} ; un superviseur qui n&apos;a pas saisi les résultats doit accepter l&apos;écart avec un motif pour le clore</translation>
    </message>
    <message>
        <source>closing a sorting beyond tolerance</source>
        <translation>clore un tri au-delà de la tolérance</translation>
    </message>
    <message>
        <source>closing a sorting with a stone difference</source>
        <translation>clore un tri avec un écart de pierres</translation>
    </message>
    <message>
        <source>lot {lot}: {name} entered results of this lot; another supervisor must accept the difference (two-person rule)</source>
        <translation>lot {lot} : {name} a saisi des résultats de ce lot ; un autre superviseur doit accepter l&apos;écart (règle des deux personnes)</translation>
    </message>
    <message>
        <source>lot #{id} does not exist</source>
        <extracomment>1 where the stones were counted, 0 where not (stones then 0).</extracomment>
        <translation>le lot n° {id} n&apos;existe pas</translation>
    </message>
    <message>
        <source>category: &apos;{category}&apos; is not in the assortment</source>
        <translation>catégorie : « {category} » n&apos;est pas dans l&apos;assortiment</translation>
    </message>
    <message>
        <source>category {category} is retired</source>
        <translation>la catégorie {category} est retirée</translation>
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

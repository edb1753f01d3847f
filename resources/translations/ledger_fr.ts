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
        <translation>{count} ({counted} sur {entries} entrées comptées)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lots counted)</source>
        <translation>{count} ({counted} sur {entries} lots comptés)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lines counted)</source>
        <translation>{count} ({counted} sur {entries} lignes comptées)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} {what} counted)</source>
        <translation>{count} ({counted} sur {entries} {what} comptés)</translation>
    </message>
    <message>
        <source>{diff} of the {received} stones received not counted out ({sorted} counted; some entries&apos; stones were not)</source>
        <translation>{diff} des {received} pierres reçues non comptées en sortie ({sorted} comptées ; les pierres de certaines entrées ne l&apos;ont pas été)</translation>
    </message>
    <message>
        <source>{sorted} stones counted out, more than the {received} received, and some entries&apos; stones not counted</source>
        <translation>{sorted} pierres comptées en sortie, plus que les {received} reçues, et les pierres de certaines entrées non comptées</translation>
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
        <source>no difference until the lot is weighed</source>
        <translation>pas d&apos;écart tant que le lot n&apos;est pas pesé</translation>
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
        <source>stones: {stones} is negative; enter a count of stones, zero or more (a wrong entry is corrected, not offset)</source>
        <translation>pierres : {stones} est négatif ; saisissez un nombre de pierres, zéro ou plus (une entrée erronée est corrigée, non compensée)</translation>
    </message>
    <message>
        <source>{category} is a specials category: record each stone of 10.80 ct or more as its own entry (stones 1)</source>
        <translation>{category} est une catégorie de pierres spéciales : enregistrez chaque pierre de 10.80 ct ou plus dans sa propre entrée (pierres 1)</translation>
    </message>
    <message>
        <source>{category} is for specials of 10.800 ct and more; {ct} ct belongs in a smaller size class</source>
        <translation>{category} est pour les pierres spéciales de 10.800 ct et plus ; {ct} ct va dans une classe de grosseur plus petite</translation>
    </message>
    <message>
        <source>a single stone of {ct} ct is a special (10.80 ct or more); record it in a specials (+10.80 ct) category, or check the count</source>
        <translation>une pierre seule de {ct} ct est une pierre spéciale (10.80 ct ou plus) ; enregistrez-la dans une catégorie de pierres spéciales (+10.80 ct), ou vérifiez le nombre</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {ct} ct is less than one: check the carats or the category</source>
        <translation>{category} reçoit des pierres de {bounds} chacune ; {ct} ct pèsent moins qu&apos;une seule : vérifiez les carats ou la catégorie</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each, not one of {ct} ct: check the count, the carats or the category</source>
        <translation>{category} reçoit des pierres de {bounds} chacune, pas une de {ct} ct : vérifiez le nombre, les carats ou la catégorie</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {stones} stones of {ct} ct are about {each} ct each: check the count, the carats or the category</source>
        <translation>{category} reçoit des pierres de {bounds} chacune ; {stones} pierres de {ct} ct font environ {each} ct chacune : vérifiez le nombre, les carats ou la catégorie</translation>
    </message>
    <message>
        <source>{least} ct or more</source>
        <translation>{least} ct ou plus</translation>
    </message>
    <message>
        <source>up to {most} ct</source>
        <translation>jusqu&apos;à {most} ct</translation>
    </message>
    <message>
        <source>{least}-{most} ct</source>
        <translation>{least}-{most} ct</translation>
    </message>
    <message>
        <source>lot {lot}: this entry would bring sorted + losses to {accounted} ct, above the {received} ct received plus {tolerance} ct tolerance; check the scale and the figure (at most {left} ct more fits)</source>
        <translation>lot {lot} : cette entrée porterait trié + pertes à {accounted} ct, au-delà des {received} ct reçus plus {tolerance} ct de tolérance ; vérifiez la balance et le chiffre (il reste place pour {left} ct au plus)</translation>
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
        <translation>lot {lot} : l&apos;écart entre carats pesés et déclarés doit d&apos;abord être reconnu par un superviseur</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after its summary was shown (an entry, a loss or the tolerance changed meanwhile); nothing was closed; close it again to see them now</source>
        <translation>lot {lot} : ses chiffres ont changé après l&apos;affichage de son récapitulatif (une saisie, une perte ou la tolérance a changé entre-temps) ; rien n&apos;a été clôturé ; clôturez-le à nouveau pour les voir maintenant</translation>
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
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>give the mine or the supplier the lot came from</source>
        <translation>indiquez la mine ou le fournisseur d&apos;où vient le lot</translation>
    </message>
    <message>
        <source>parcel &apos;{parcel}&apos; does not exist</source>
        <translation>le colis « {parcel} » n&apos;existe pas</translation>
    </message>
    <message>
        <source>parcel {parcel} is draft</source>
        <translation>le colis {parcel} est un brouillon</translation>
    </message>
    <message>
        <source>parcel {parcel} is sealed</source>
        <translation>le colis {parcel} est scellé</translation>
    </message>
    <message>
        <source>parcel {parcel} is shipped</source>
        <translation>le colis {parcel} est expédié</translation>
    </message>
    <message>
        <source>parcel {parcel} is void</source>
        <translation>le colis {parcel} est annulé</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}</source>
        <translation>le colis {parcel} est à l&apos;état « {status} »</translation>
    </message>
    <message>
        <source>certificate {cert} is for exporter &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>le certificat {cert} est pour l&apos;exportateur « {theirs} », le colis {parcel} pour « {ours} » ; une expédition a un seul exportateur, importateur et destination</translation>
    </message>
    <message>
        <source>certificate {cert} is for importer &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>le certificat {cert} est pour l&apos;importateur « {theirs} », le colis {parcel} pour « {ours} » ; une expédition a un seul exportateur, importateur et destination</translation>
    </message>
    <message>
        <source>certificate {cert} is for destination &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>le certificat {cert} est pour la destination « {theirs} », le colis {parcel} pour « {ours} » ; une expédition a un seul exportateur, importateur et destination</translation>
    </message>
    <message>
        <source>{state}; only a draft can be changed</source>
        <translation>{state} ; seul un brouillon peut être modifié</translation>
    </message>
    <message>
        <source>creating a parcel</source>
        <translation>créer un colis</translation>
    </message>
    <message>
        <source>parcel {parcel} already exists</source>
        <translation>le colis {parcel} existe déjà</translation>
    </message>
    <message>
        <source>importer</source>
        <translation>importateur</translation>
    </message>
    <message>
        <source>importer: name the importer (consignee)</source>
        <translation>importateur : nommez l&apos;importateur (destinataire)</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportateur</translation>
    </message>
    <message>
        <source>{what}: only {available} ct in stock, {asked} ct asked for</source>
        <translation>{what} : seulement {available} ct en stock, {asked} ct demandés</translation>
    </message>
    <message>
        <source>{what}: the stock counts stones; give the number of stones for part of a balance ({take} of {held} ct, {stones} stones)</source>
        <translation>{what} : le stock compte les pierres ; indiquez le nombre de pierres pour une partie d&apos;un solde ({take} sur {held} ct, {stones} pierres)</translation>
    </message>
    <message>
        <source>{what}: {take_stones} stones for {take} ct of a balance of {held} ct and {stones} stones does not add up</source>
        <translation>{what} : {take_stones} pierres pour {take} ct d&apos;un solde de {held} ct et {stones} pierres, le compte n&apos;y est pas</translation>
    </message>
    <message>
        <source>{what}: only {stones} stones in stock</source>
        <translation>{what} : seulement {stones} pierres en stock</translation>
    </message>
    <message>
        <source>{what}: {take} ct from the oldest lot hold {take_stones} stones, more than the {stones} asked for</source>
        <translation>{what} : {take} ct du lot le plus ancien contiennent {take_stones} pierres, plus que les {stones} demandées</translation>
    </message>
    <message>
        <source>{what}: {stones} stones asked for, but the carats hold fewer</source>
        <translation>{what} : {stones} pierres demandées, mais les carats en contiennent moins</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), would leave {left} ct for {left_stones}, about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what} : prendre {take} ct, {take_stones} des {stones} pierres d&apos;un solde ({held} ct), laisserait {left} ct pour {left_stones}, environ {each} ct la pierre, et {category} reçoit des pierres de {bounds} chacune : vérifiez le nombre</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), makes about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what} : prendre {take} ct, {take_stones} des {stones} pierres d&apos;un solde ({held} ct), fait environ {each} ct la pierre, et {category} reçoit des pierres de {bounds} chacune : vérifiez le nombre</translation>
    </message>
    <message>
        <source>filling a parcel</source>
        <translation>remplir un colis</translation>
    </message>
    <message>
        <source>{category} has HS code {hs_code}, which a KP shipment may not hold</source>
        <translation>{category} a le code SH {hs_code}, qu&apos;une expédition PK ne peut pas contenir</translation>
    </message>
    <message>
        <source>{category} from lot {lot}</source>
        <translation>{category} du lot {lot}</translation>
    </message>
    <message>
        <source>{what}: none in stock: lot {lot} is not sorted yet (its goods go into stock when its sorting is closed)</source>
        <translation>{what} : rien en stock : le lot {lot} n’est pas encore trié (ses marchandises entrent en stock à la clôture de son tri)</translation>
    </message>
    <message>
        <source>{what} is a specials category: pack each special stone on its own (stones 1), with its own weight</source>
        <translation>{what} est une catégorie de pierres spéciales : emballez chaque pierre spéciale seule (pierres 1), avec son propre poids</translation>
    </message>
    <message>
        <source>{what}: {ct} ct is not a special stone (10.800 ct or more); pack each special stone on its own, with its own weight</source>
        <translation>{what} : {ct} ct n&apos;est pas une pierre spéciale (10.800 ct ou plus) ; emballez chaque pierre spéciale seule, avec son propre poids</translation>
    </message>
    <message>
        <source>{what}: {count} lots hold special stones; name the lot the stone of {ct} ct comes from (a special stone is packed from its own lot)</source>
        <translation>{what} : {count} lots contiennent des pierres spéciales ; nommez le lot d&apos;où vient la pierre de {ct} ct (une pierre spéciale est emballée depuis son propre lot)</translation>
    </message>
    <message>
        <source>its unpacked special stones weigh {weights} ct</source>
        <translation>ses pierres spéciales non emballées pèsent {weights} ct</translation>
    </message>
    <message>
        <source>every special stone sorted into it is packed</source>
        <translation>toute pierre spéciale triée dans ce lot est emballée</translation>
    </message>
    <message>
        <source>{category} from lot {lot}: no special stone of {ct} ct was sorted into lot {lot} and left unpacked; {left} (pack a special stone with the weight recorded at sorting)</source>
        <translation>{category} du lot {lot} : aucune pierre spéciale de {ct} ct n&apos;a été triée dans le lot {lot} et laissée non emballée ; {left} (emballez une pierre spéciale avec le poids enregistré au tri)</translation>
    </message>
    <message>
        <source>reversing a packing</source>
        <translation>contrepasser un emballage</translation>
    </message>
    <message>
        <source>&apos;{journal}&apos; is not a packing of parcel {parcel}</source>
        <translation>« {journal} » n&apos;est pas un emballage du colis {parcel}</translation>
    </message>
    <message>
        <source>packing {uid} is already reversed</source>
        <translation>l&apos;emballage {uid} est déjà contrepassé</translation>
    </message>
    <message>
        <source>overriding a price</source>
        <translation>remplacer un prix</translation>
    </message>
    <message>
        <source>valuer&apos;s name</source>
        <translation>nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>date of valuation</source>
        <translation>date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>{field}: {day} is after today ({today})</source>
        <translation>{field} : {day} est après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>recording a valuation</source>
        <translation>enregistrer une évaluation</translation>
    </message>
    <message>
        <source>valuer: use one of {valuers}</source>
        <translation>évaluateur : utilisez l&apos;une des valeurs {valuers}</translation>
    </message>
    <message>
        <source>{valuer} value</source>
        <translation>valeur ({valuer})</translation>
    </message>
    <message>
        <source>sealing a parcel</source>
        <translation>sceller un colis</translation>
    </message>
    <message>
        <source>KP certificate: &apos;{cert}&apos; must start with the site&apos;s country code {country}, then a digit, &apos;/&apos; or &apos;-&apos;, then letters, digits, &apos;/&apos; or &apos;-&apos;</source>
        <translation>certificat PK : « {cert} » doit commencer par le code pays du site {country}, puis un chiffre, « / » ou « - », puis des lettres, chiffres, « / » ou « - »</translation>
    </message>
    <message>
        <source>seal: give the number of at least one tamper-evident seal</source>
        <translation>scellé : indiquez le numéro d&apos;au moins un scellé d&apos;inviolabilité</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>scellé : le même numéro de scellé est donné deux fois</translation>
    </message>
    <message>
        <source>the site has no exporting authority; an admin sets it in the site settings</source>
        <translation>le site n&apos;a pas d&apos;autorité d&apos;exportation : un administrateur la définit dans les paramètres du site</translation>
    </message>
    <message>
        <source>seal {seal} is already used at this site; seal numbers are unique</source>
        <translation>le scellé {seal} est déjà utilisé sur ce site ; les numéros de scellé sont uniques</translation>
    </message>
    <message>
        <source>certificate {cert} was issued {issued} and expires {expires}; leave the dates out or give those</source>
        <translation>le certificat {cert} a été délivré le {issued} et expire le {expires} ; omettez les dates ou donnez celles-ci</translation>
    </message>
    <message>
        <source>the shipment under {cert} has left; start a new certificate</source>
        <translation>l&apos;expédition sous {cert} est partie ; commencez un nouveau certificat</translation>
    </message>
    <message>
        <source>expires: the expiry date must be after the issue date</source>
        <translation>expire le : la date d&apos;expiration doit être après la date de délivrance</translation>
    </message>
    <message>
        <source>parcel {parcel} is empty; add goods before sealing</source>
        <translation>le colis {parcel} est vide ; ajoutez des marchandises avant de le sceller</translation>
    </message>
    <message>
        <source>lot {lots}: no origin recorded for its goods (a lot is received with its origins; added outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>lot {lots} : aucune origine enregistrée pour ses marchandises (un lot est reçu avec ses origines ; ajouté hors de sortapp) ; rien n&apos;a été scellé ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>no price for {categories} on {day}; set one in the price book or override it for this parcel</source>
        <translation>pas de prix pour {categories} au {day} ; fixez-en un dans la liste de prix ou remplacez-le pour ce colis</translation>
    </message>
    <message>
        <source>parcel {parcel}: a price, valuation or valuation rule it would be sealed at is not one a signed entry set (changed outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>colis {parcel} : un prix, une évaluation ou une règle d&apos;évaluation auxquels il serait scellé n&apos;a pas été fixé par une entrée signée (modifié hors de sortapp) ; rien n&apos;a été scellé ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>parcel {parcel}: what sealing freezes changed after its summary was shown (its goods, a price or the day changed meanwhile); nothing was sealed; seal it again to see it now</source>
        <translation>colis {parcel} : ce que le scellage fige a changé après l&apos;affichage de son récapitulatif (ses marchandises, un prix ou le jour ont changé entre-temps) ; rien n&apos;a été scellé ; scellez-le à nouveau pour le voir maintenant</translation>
    </message>
    <message>
        <source>certificate {cert}</source>
        <translation>certificat {cert}</translation>
    </message>
    <message>
        <source>parcel {parcel} is not as it was sealed (its data, or the goods the ledger holds in it, were changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>le colis {parcel} n&apos;est pas tel qu&apos;il a été scellé (ses données, ou les marchandises que le grand livre y contient, ont été modifiées hors de sortapp) ; rien n&apos;a été fait ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>KP certificate {cert} is not as it was sealed (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>le certificat KP {cert} n&apos;est pas tel qu&apos;il a été scellé (modifié hors de sortapp) ; rien n&apos;a été fait ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>shipping a parcel</source>
        <translation>expédier un colis</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>lettre de transport aérien</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel ships</source>
        <translation>{state} ; seul un colis scellé est expédié</translation>
    </message>
    <message>
        <source>voiding a parcel</source>
        <translation>annuler un colis</translation>
    </message>
    <message>
        <source>{state}; it cannot be voided</source>
        <translation>{state} ; il ne peut pas être annulé</translation>
    </message>
    <message>
        <source>parcel {parcel} changed after its summary was shown (its goods or its state changed meanwhile); nothing was voided; cancel, and void it again to see what returns to stock now</source>
        <translation>le colis {parcel} a changé après l&apos;affichage de son récapitulatif (ses marchandises ou son état ont changé entre-temps) ; rien n&apos;a été annulé ; fermez cette fenêtre, puis annulez de nouveau le colis pour voir ce qui revient en stock maintenant</translation>
    </message>
    <message>
        <source>listing parcels</source>
        <translation>lister les colis</translation>
    </message>
    <message>
        <source>KP certificate &apos;{cert}&apos; is not recorded at this site</source>
        <translation>le certificat PK « {cert} » n&apos;est pas enregistré sur ce site</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>code SH : utilisez l&apos;un de {codes}</translation>
    </message>
    <message>
        <source>shipped from</source>
        <translation>expédié de</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>lot {lot}&apos;s receipt</source>
        <translation>la réception du lot {lot}</translation>
    </message>
    <message>
        <source>incoming KP certificate: goods shipped from within {home} cross no border and travel under no KP certificate; give the country the lot was shipped from, or no certificate</source>
        <translation>certificat PK entrant : une marchandise expédiée de l&apos;intérieur de {home} ne passe aucune frontière et ne voyage sous aucun certificat PK ; indiquez le pays d&apos;où le lot a été expédié, ou aucun certificat</translation>
    </message>
    <message>
        <source>shipped from: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only be imported from KP participants</source>
        <translation>expédié de : {name} ({code}) ne figure pas sur la liste des participants au PK du site ; les diamants bruts ne peuvent être importés que des participants au PK</translation>
    </message>
    <message>
        <source>incoming KP certificate: a lot shipped from {name} ({code}) crosses the border under a KP certificate; enter its number (goods bought within {home}: give {home} as the country shipped from)</source>
        <translation>certificat PK entrant : un lot expédié de {name} ({code}) passe la frontière sous certificat PK ; saisissez son numéro (marchandise achetée en {home} : indiquez {home} comme pays d&apos;expédition)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>lot {lot} : {weighed} ct pesés diffèrent des {declared} ct déclarés au-delà de la tolérance ; un superviseur doit reconnaître l&apos;écart</translation>
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
        <source>stones: {stones} stones of {ct} ct would each weigh less than 0.001 ct; check the count or the carats</source>
        <translation>pierres : {stones} pierres de {ct} ct pèseraient chacune moins de 0,001 ct ; vérifiez le nombre ou les carats</translation>
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
        <source>declared value: a lot shipped from {name} ({code}) is imported at the value in US dollars its KP certificate states; enter it (the KP statistics report imports by value)</source>
        <translation>valeur déclarée : un lot expédié de {name} ({code}) est importé à la valeur en dollars US que son certificat PK indique ; saisissez-la (les statistiques PK déclarent les importations en valeur)</translation>
    </message>
    <message>
        <source>incoming KP certificate: &apos;{cert}&apos; does not begin with {code} and a digit or &apos;/&apos;, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; a KP certificate&apos;s number begins with the code of the country that issued it, {name}, the one the lot was shipped from: check the certificate, or the country shipped from</source>
        <translation>certificat PK entrant : « {cert} » ne commence pas par {code} suivi d&apos;un chiffre ou de « / », « . », « _ » ou « - » ; le numéro d&apos;un certificat PK commence par le code du pays qui l&apos;a délivré, {name}, celui d&apos;où le lot a été expédié : vérifiez le certificat, ou le pays d&apos;expédition</translation>
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
        <translation>reconnaître un écart de poids</translation>
    </message>
    <message>
        <source>lot {lot} was weighed again after its difference was shown ({ct} ct now); nothing was acknowledged; cancel, and look at it again</source>
        <translation>le lot {lot} a été repesé après l&apos;affichage de son écart ({ct} ct maintenant) ; rien n&apos;a été reconnu ; annulez, puis examinez-le à nouveau</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>le lot {lot} n&apos;a pas d&apos;écart de poids à reconnaître</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>lot {lot} : l&apos;écart de poids est déjà reconnu</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>lister les lots</translation>
    </message>
    <message>
        <source>fingerprint: give the partner&apos;s key fingerprint as on its key sheet (24 hex digits, such as 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</source>
        <translation>empreinte : donnez l&apos;empreinte de la clé du partenaire comme sur sa fiche de clé (24 chiffres hexadécimaux, comme 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</translation>
    </message>
    <message>
        <source>pinning a partner site&apos;s key</source>
        <translation>épingler la clé d&apos;un site partenaire</translation>
    </message>
    <message>
        <source>site: give the partner site&apos;s code, as its transfer files name it</source>
        <translation>site : donnez le code du site partenaire, tel que ses fichiers de transfert le nomment</translation>
    </message>
    <message>
        <source>{site} is this site; pin the keys of the sites you receive from</source>
        <translation>{site} est ce site ; épinglez les clés des sites dont vous recevez</translation>
    </message>
    <message>
        <source>the key {key} of {site} was already pinned</source>
        <translation>la clé {key} de {site} était déjà épinglée</translation>
    </message>
    <message>
        <source>{site} already has the key {key} pinned; to pin a new key, confirm it with the partner, then replace the pinned key, giving a reason</source>
        <translation>{site} a déjà la clé {key} épinglée ; pour épingler une nouvelle clé, confirmez-la avec le partenaire, puis remplacez la clé épinglée en donnant un motif</translation>
    </message>
    <message>
        <source>the key {key} of {site} is pinned</source>
        <translation>la clé {key} de {site} est épinglée</translation>
    </message>
    <message>
        <source>lot {lot}: its origins are not those its receipt recorded (changed outside sortapp); nothing was exported; an admin checks the database (verify)</source>
        <translation>lot {lot} : ses origines ne sont pas celles que sa réception a enregistrées (modifiées hors de sortapp) ; rien n&apos;a été exporté ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel moves</source>
        <translation>{state} ; seul un colis scellé peut être transféré</translation>
    </message>
    <message>
        <source>exporting a transfer file</source>
        <translation>exporter un fichier de transfert</translation>
    </message>
    <message>
        <source>a supervisor or admin signs transfer files, with the site key their sign-in unlocks; {user} holds no site key here (one who does may give it to them), so no file was written</source>
        <translation>un superviseur ou un administrateur signe les fichiers de transfert avec la clé du site que sa connexion déverrouille ; {user} n&apos;a pas de clé du site ici (quelqu&apos;un qui en a une peut la lui donner), aucun fichier n&apos;a donc été écrit</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>pas de corps</translation>
    </message>
    <message>
        <source>the sender is incomplete</source>
        <translation>l&apos;expéditeur est incomplet</translation>
    </message>
    <message>
        <source>the sender&apos;s key is missing or malformed</source>
        <translation>la clé de l&apos;expéditeur est absente ou mal formée</translation>
    </message>
    <message>
        <source>the receiving site is malformed</source>
        <translation>le site destinataire est mal formé</translation>
    </message>
    <message>
        <source>no parcel</source>
        <translation>pas de colis</translation>
    </message>
    <message>
        <source>the parcel&apos;s number or destination is missing</source>
        <translation>le numéro ou la destination du colis manque</translation>
    </message>
    <message>
        <source>the KP certificate is malformed</source>
        <translation>le certificat PK est mal formé</translation>
    </message>
    <message>
        <source>the parcel&apos;s seals are malformed</source>
        <translation>les scellés du colis sont mal formés</translation>
    </message>
    <message>
        <source>the parcel&apos;s hs codes are malformed</source>
        <translation>les codes SH du colis sont mal formés</translation>
    </message>
    <message>
        <source>the parcel has no HS code</source>
        <translation>le colis n&apos;a pas de code SH</translation>
    </message>
    <message>
        <source>the parcel&apos;s carats are not a positive whole number of thousandths</source>
        <translation>les carats du colis ne sont pas un nombre entier positif de millièmes</translation>
    </message>
    <message>
        <source>the parcel&apos;s stone count is malformed</source>
        <translation>le nombre de pierres du colis est mal formé</translation>
    </message>
    <message>
        <source>the parcel&apos;s value is malformed</source>
        <translation>la valeur du colis est mal formée</translation>
    </message>
    <message>
        <source>the parcel has no lines</source>
        <translation>le colis n&apos;a pas de lignes</translation>
    </message>
    <message>
        <source>a line&apos;s origins are malformed</source>
        <translation>les origines d&apos;une ligne sont mal formées</translation>
    </message>
    <message>
        <source>a line&apos;s carats are not a whole number of thousandths</source>
        <translation>les carats d&apos;une ligne ne sont pas un nombre entier de millièmes</translation>
    </message>
    <message>
        <source>the lines&apos; carats do not add up to the parcel&apos;s</source>
        <translation>les carats des lignes ne font pas ceux du colis</translation>
    </message>
    <message>
        <source>{file} is not a sortapp transfer file; nothing was imported</source>
        <translation>{file} n&apos;est pas un fichier de transfert sortapp ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is a pipe or device, not a transfer file</source>
        <translation>{path} est un tube ou un périphérique, pas un fichier de transfert</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>aucun fichier à {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a transfer file</source>
        <translation>{path} est un dossier, pas un fichier de transfert</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{file} is larger than a transfer file can be ({size} MB at most); nothing was imported</source>
        <translation>{file} est plus gros qu&apos;un fichier de transfert ne peut l&apos;être ({size} Mo au plus) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file} is transfer format {shown}; this sortapp reads {version}</source>
        <translation>{file} est au format de transfert {shown} ; ce sortapp lit le {version}</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file (numbers must be whole, text UTF-8); nothing was imported</source>
        <translation>{file} n&apos;est pas un fichier de transfert sain (les nombres doivent être entiers, le texte en UTF-8) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match); nothing was imported</source>
        <translation>{file} a été modifié (son empreinte ne correspond pas) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file ({problem}); nothing was imported</source>
        <translation>{file} n&apos;est pas un fichier de transfert sain ({problem}) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the key pinned here for {site} is not the one an admin&apos;s signed pinning recorded (changed outside sortapp); nothing was imported; an admin checks the database (verify)</source>
        <translation>la clé épinglée ici pour {site} n&apos;est pas celle qu&apos;a enregistrée l&apos;épinglage signé d&apos;un administrateur (modifiée hors de sortapp) ; rien n&apos;a été importé ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>{file} from {sender} is not signed with {sender}&apos;s site key (it was written by an earlier sortapp, or altered); ask the sender for a signed file</source>
        <translation>{file} de {sender} n&apos;est pas signé avec la clé de site de {sender} (il a été écrit par un sortapp plus ancien, ou modifié) ; demandez un fichier signé à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>{file} is signed by {sender} with the key {key}, and no key of {sender} is pinned here; confirm that fingerprint with {sender} (by phone, or on its key sheet), then an admin pins it</source>
        <translation>{file} est signé par {sender} avec la clé {key}, et aucune clé de {sender} n&apos;est épinglée ici ; confirmez cette empreinte avec {sender} (par téléphone, ou sur sa fiche de clé), puis un administrateur l&apos;épingle</translation>
    </message>
    <message>
        <source>{file} is signed with the key {key}, but the key pinned for {sender} is {pinned}; if {sender} has a new key, confirm it with {sender}, then an admin re-pins it, giving a reason</source>
        <translation>{file} est signé avec la clé {key}, mais la clé épinglée pour {sender} est {pinned} ; si {sender} a une nouvelle clé, confirmez-la avec {sender}, puis un administrateur la ré-épingle en donnant un motif</translation>
    </message>
    <message>
        <source>{file}: the signature does not match its contents (the file was changed after it was signed, or forged); it cannot be accepted; nothing was imported</source>
        <translation>{file} : la signature ne correspond pas au contenu (le fichier a été modifié après sa signature, ou falsifié) ; il ne peut pas être accepté ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>incoming KP certificate: the file names {named}, not {given}; nothing was imported</source>
        <translation>certificat PK entrant : le fichier indique {named}, pas {given} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>importing a transfer file</source>
        <translation>importer un fichier de transfert</translation>
    </message>
    <message>
        <source>accepting a transfer file not signed by a pinned key</source>
        <translation>accepter un fichier de transfert non signé par une clé épinglée</translation>
    </message>
    <message>
        <source>reason: say why this file is accepted without a pinned signature</source>
        <translation>motif : dites pourquoi ce fichier est accepté sans signature épinglée</translation>
    </message>
    <message>
        <source>{file} changed after it was read (another file, or the same one rewritten); nothing was imported; import it again</source>
        <translation>{file} a changé après avoir été lu (un autre fichier, ou le même réécrit) ; rien n&apos;a été importé ; importez-le à nouveau</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported (an admin may accept this one file, giving a reason)</source>
        <translation>{problem} ; rien n&apos;a été importé (un administrateur peut accepter ce seul fichier, en donnant un motif)</translation>
    </message>
    <message>
        <source>this transfer file was written by this site; import it at the receiver</source>
        <translation>ce fichier de transfert a été écrit par ce site ; importez-le chez le destinataire</translation>
    </message>
    <message>
        <source>{file} is addressed to site {to_site}, not {here}; nothing was imported</source>
        <translation>{file} est adressé au site {to_site}, pas {here} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} was already imported as lot {lot}; nothing was imported</source>
        <translation>le colis {parcel} de {sender} a déjà été importé comme lot {lot} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>parcel {parcel} is consigned to {destination}, not {country}; a supervisor may force the import</source>
        <translation>le colis {parcel} est destiné à {destination}, pas à {country} ; un superviseur peut forcer l&apos;importation</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} ({country}) names no incoming KP certificate, and goods shipped from another country are received under theirs: give the number of the certificate that came with the goods; nothing was imported</source>
        <translation>le colis {parcel} de {sender} ({country}) n&apos;indique aucun certificat PK entrant, et une marchandise expédiée d&apos;un autre pays est reçue sous le sien : donnez le numéro du certificat arrivé avec la marchandise ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>ce site ne prend les poids que de la balance : capturez le poids de la balance (un administrateur peut autoriser les poids saisis : Paramètres, « Saisie manuelle des poids permise »)</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it (Settings, Balances) before it weighs</source>
        <translation>la balance « {balance} » n&apos;est pas au registre : un administrateur l&apos;enregistre (Paramètres, Balances) avant qu&apos;elle pèse</translation>
    </message>
    <message>
        <source>{field}: the pattern is too long (500 characters at most)</source>
        <translation>{field} : le motif est trop long (500 caractères au plus)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a regular expression ({error})</source>
        <translation>{field} : « {text} » n&apos;est pas une expression régulière ({error})</translation>
    </message>
    <message>
        <source>{field}: the pattern needs a group named value holding the weight, as (?P&lt;value&gt;[0-9.]+)</source>
        <translation>{field} : le motif doit avoir un groupe nommé value contenant le poids, comme (?P&lt;value&gt;[0-9.]+)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not one of {named}</source>
        <translation>{field} : « {value} » n&apos;est pas l&apos;une des valeurs {named}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a code; use letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation>{field} : « {value} » n&apos;est pas un code ; utilisez des lettres, des chiffres, « - », « _ »</translation>
    </message>
    <message>
        <source>{field}: give the serial number on the balance&apos;s plate</source>
        <translation>{field} : indiquez le numéro de série de la plaque de la balance</translation>
    </message>
    <message>
        <source>{field}: not a field of the register; use {fields}</source>
        <translation>{field} : ce n&apos;est pas un champ du registre ; utilisez {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of a reference weight; use {fields}</source>
        <translation>{field} : ce n&apos;est pas un champ d&apos;un poids étalon ; utilisez {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of {fields_of}; use {fields}</source>
        <translation>{field} : ce n&apos;est pas un champ de {fields_of} ; utilisez {fields}</translation>
    </message>
    <message>
        <source>{field}: required for a new balance</source>
        <translation>{field} : obligatoire pour une nouvelle balance</translation>
    </message>
    <message>
        <source>{field}: required for a new reference weight</source>
        <translation>{field} : obligatoire pour un nouveau poids étalon</translation>
    </message>
    <message>
        <source>{field}: required for a new {what}</source>
        <translation>{field} : obligatoire pour un nouvel élément « {what} »</translation>
    </message>
    <message>
        <source>pattern: only a generic balance has a pattern; {protocol} reads its own format (leave the pattern blank)</source>
        <translation>motif : seule une balance generic a un motif ; {protocol} lit son propre format (laissez le motif vide)</translation>
    </message>
    <message>
        <source>verification interval e: {e} ct is finer than the readability d ({d} ct); e is d or more</source>
        <translation>échelon de vérification e : {e} ct est plus fin que l&apos;échelon réel d ({d} ct) ; e est égal à d ou plus</translation>
    </message>
    <message>
        <source>maximum load: {max} ct is not above the minimum load ({min} ct)</source>
        <translation>portée maximale : {max} ct n&apos;est pas au-dessus de la portée minimale ({min} ct)</translation>
    </message>
    <message>
        <source>registering a balance</source>
        <translation>enregistrer une balance</translation>
    </message>
    <message>
        <source>code: balance {code} is already registered</source>
        <translation>code : la balance {code} est déjà enregistrée</translation>
    </message>
    <message>
        <source>code: reference weight {code} is already registered</source>
        <translation>code : le poids étalon {code} est déjà enregistré</translation>
    </message>
    <message>
        <source>balance {code} registered</source>
        <translation>balance {code} enregistrée</translation>
    </message>
    <message>
        <source>reference weight {code} registered</source>
        <translation>poids étalon {code} enregistré</translation>
    </message>
    <message>
        <source>changing a balance in the register</source>
        <translation>modifier une balance au registre</translation>
    </message>
    <message>
        <source>balance {code} changed</source>
        <translation>balance {code} modifiée</translation>
    </message>
    <message>
        <source>balance {code}: nothing to change</source>
        <translation>balance {code} : rien à modifier</translation>
    </message>
    <message>
        <source>reference weight {code}: nothing to change</source>
        <translation>poids étalon {code} : rien à modifier</translation>
    </message>
    <message>
        <source>code: balance {code} keeps its code (its weighings name it); register the instrument under a new code instead</source>
        <translation>code : la balance {code} garde son code (ses pesées le citent) ; enregistrez l&apos;instrument sous un nouveau code</translation>
    </message>
    <message>
        <source>code: reference weight {code} keeps its code (its checks name it); register the weight under a new code instead</source>
        <translation>code : le poids étalon {code} garde son code (ses vérifications le citent) ; enregistrez le poids sous un nouveau code</translation>
    </message>
    <message>
        <source>recording a balance&apos;s calibration</source>
        <translation>enregistrer l&apos;étalonnage d&apos;une balance</translation>
    </message>
    <message>
        <source>next due: {due} is not after the calibration ({day})</source>
        <translation>prochain étalonnage : {due} n&apos;est pas après l&apos;étalonnage ({day})</translation>
    </message>
    <message>
        <source>calibrated on: {day} is after today ({today})</source>
        <translation>étalonné le : {day} est après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <source>calibrated by: name who calibrated the balance (company or person)</source>
        <translation>étalonné par : indiquez qui a étalonné la balance (société ou personne)</translation>
    </message>
    <message>
        <source>certificate: give the calibration certificate&apos;s number (it proves the calibration)</source>
        <translation>certificat : indiquez le numéro du certificat d&apos;étalonnage (il prouve l&apos;étalonnage)</translation>
    </message>
    <message>
        <source>balance {code} calibrated on {day}, next due {due}</source>
        <translation>balance {code} étalonnée le {day}, prochain étalonnage le {due}</translation>
    </message>
    <message>
        <source>checking a balance</source>
        <translation>vérifier une balance</translation>
    </message>
    <message>
        <source>a balance is checked with a reading captured off it, not typed: put the reference weight on the pan and capture the reading</source>
        <translation>une balance se vérifie avec une lecture capturée sur elle, pas saisie : posez le poids étalon sur le plateau et capturez la lecture</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; is not a weight in carats above 0.000 ct: capture the reference weight from the balance again</source>
        <translation>la lecture « {reading} » n&apos;est pas un poids en carats au-dessus de 0.000 ct : capturez de nouveau le poids étalon sur la balance</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it is not checked or used</source>
        <translation>la balance {balance} est retirée : elle n&apos;est ni vérifiée ni utilisée</translation>
    </message>
    <message>
        <source>reference weight {ref} is retired: check with one in use</source>
        <translation>le poids étalon {ref} est retiré : vérifiez avec un poids en service</translation>
    </message>
    <message>
        <source>the reading was captured off balance {other}, not {balance}: check {balance} with its own reading</source>
        <translation>la lecture a été capturée sur la balance {other}, pas {balance} : vérifiez {balance} avec sa propre lecture</translation>
    </message>
    <message>
        <source>{read} ct against {ref} of {nominal} ct (tolerance {tolerance} ct)</source>
        <translation>{read} ct contre {ref} de {nominal} ct (tolérance {tolerance} ct)</translation>
    </message>
    <message>
        <source>balance {balance} passed: {said}</source>
        <translation>balance {balance} vérifiée avec succès : {said}</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct; capture is blocked until a check passes</source>
        <translation>la balance {balance} a ÉCHOUÉ à sa vérification : {said}, écart de {off} ct ; la capture est bloquée jusqu&apos;à une vérification réussie</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct</source>
        <translation>la balance {balance} a ÉCHOUÉ à sa vérification : {said}, écart de {off} ct</translation>
    </message>
    <message>
        <source>reference weight &apos;{ref}&apos; is not in the register: an admin registers it (Settings, Balances, Reference weights)</source>
        <translation>le poids étalon « {ref} » n&apos;est pas au registre : un administrateur l&apos;enregistre (Paramètres, Balances, Poids étalons)</translation>
    </message>
    <message>
        <source>certificate: give the reference weight&apos;s calibration certificate</source>
        <translation>certificat : indiquez le certificat d&apos;étalonnage du poids étalon</translation>
    </message>
    <message>
        <source>registering a reference weight</source>
        <translation>enregistrer un poids étalon</translation>
    </message>
    <message>
        <source>changing a reference weight</source>
        <translation>modifier un poids étalon</translation>
    </message>
    <message>
        <source>reference weight {code} changed</source>
        <translation>poids étalon {code} modifié</translation>
    </message>
    <message>
        <source>zeroing or taring a balance</source>
        <translation>mettre à zéro ou tarer une balance</translation>
    </message>
    <message>
        <source>action: &apos;{action}&apos; is not zero or tare</source>
        <translation>action : « {action} » n&apos;est ni zéro ni tare</translation>
    </message>
    <message>
        <source>balance: name the balance that was zeroed or tared</source>
        <translation>balance : indiquez la balance mise à zéro ou tarée</translation>
    </message>
    <message>
        <source>balance {balance} zeroed</source>
        <translation>balance {balance} mise à zéro</translation>
    </message>
    <message>
        <source>balance {balance} tared</source>
        <translation>balance {balance} tarée</translation>
    </message>
    <message>
        <source>balance {balance} reports serial {serial} but the register says {registered}: capture is blocked until an admin checks the instrument</source>
        <translation>la balance {balance} indique le numéro de série {serial} mais le registre dit {registered} : la capture est bloquée jusqu&apos;à ce qu&apos;un administrateur vérifie l&apos;instrument</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>balance {balance} has no port in the register: an admin registers the port it is connected on before it captures</source>
        <translation>la balance {balance} n&apos;a pas de port au registre : un administrateur enregistre le port où elle est branchée avant qu&apos;elle capture</translation>
    </message>
    <message>
        <source>balance {balance} was read on port &apos;{port}&apos;, not on its registered port &apos;{registered}&apos;: connect it on that port (an admin changes the port in the register)</source>
        <translation>la balance {balance} a été lue sur le port « {port} », pas sur son port enregistré « {registered} » : branchez-la sur ce port (un administrateur change le port au registre)</translation>
    </message>
    <message>
        <source>capture the weight from the balance again</source>
        <translation>capturez de nouveau le poids sur la balance</translation>
    </message>
    <message>
        <source>the capture&apos;s time &apos;{time}&apos; is not a time in UTC: {again}</source>
        <translation>l&apos;heure de capture « {time} » n&apos;est pas une heure UTC : {again}</translation>
    </message>
    <message>
        <source>the weight was captured more than 10 minutes ago: {again}</source>
        <translation>le poids a été capturé il y a plus de 10 minutes : {again}</translation>
    </message>
    <message>
        <source>the capture&apos;s time {time} is ahead of this computer&apos;s clock: check the workstation&apos;s clock and {again}</source>
        <translation>l&apos;heure de capture {time} est en avance sur l&apos;horloge de cet ordinateur : vérifiez l&apos;horloge du poste et {again}</translation>
    </message>
    <message>
        <source>the raw line &apos;{raw}&apos; is not a reading balance {balance} sends ({protocol}): {again}</source>
        <translation>la ligne brute « {raw} » n&apos;est pas une lecture qu&apos;envoie la balance {balance} ({protocol}) : {again}</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s raw line is refused: {refusal}</source>
        <translation>la ligne brute de la balance {balance} est refusée : {refusal}</translation>
    </message>
    <message>
        <source>the balance marks its last digit as not verified: &apos;{raw}&apos;; balance {balance} is verified for trade, so set it to show verified digits only (or an admin marks it not verified)</source>
        <translation>la balance marque son dernier chiffre comme non vérifié : « {raw} » ; la balance {balance} est vérifiée pour le commerce, réglez-la donc pour n&apos;afficher que des chiffres vérifiés (ou un administrateur la marque non vérifiée)</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; does not agree with the line balance {balance} sent (&apos;{raw}&apos;): {again}</source>
        <translation>la lecture « {reading} » ne correspond pas à la ligne envoyée par la balance {balance} (« {raw} ») : {again}</translation>
    </message>
    <message>
        <source>the reading captured off balance {balance} (&apos;{reading}&apos;) is not {ct} ct: {again}</source>
        <translation>la lecture capturée sur la balance {balance} (« {reading} ») n&apos;est pas {ct} ct : {again}</translation>
    </message>
    <message>
        <source>this reading off balance {balance} is recorded already (one reading is one weight): capture the weight again</source>
        <translation>cette lecture de la balance {balance} est déjà enregistrée (une lecture est un seul poids) : capturez de nouveau le poids</translation>
    </message>
    <message>
        <source>{ct} ct is below balance {balance}&apos;s minimum load of {min} ct: weigh it on a finer balance, or together with more goods</source>
        <translation>{ct} ct est en dessous de la portée minimale de la balance {balance}, {min} ct : pesez sur une balance plus fine, ou avec davantage de marchandise</translation>
    </message>
    <message>
        <source>{ct} ct is above balance {balance}&apos;s maximum load of {max} ct: weigh it in portions</source>
        <translation>{ct} ct est au-dessus de la portée maximale de la balance {balance}, {max} ct : pesez en plusieurs fois</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it captures nothing</source>
        <translation>la balance {balance} est retirée : elle ne capture rien</translation>
    </message>
    <message>
        <source>balance {balance} has no calibration recorded: an admin records it before it captures</source>
        <translation>la balance {balance} n&apos;a aucun étalonnage enregistré : un administrateur l&apos;enregistre avant qu&apos;elle capture</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s calibration was due on {due}: capture is blocked until an admin records its new calibration</source>
        <translation>l&apos;étalonnage de la balance {balance} était dû le {due} : la capture est bloquée jusqu&apos;à ce qu&apos;un administrateur enregistre son nouvel étalonnage</translation>
    </message>
    <message>
        <source>balance {balance} has not been checked today ({today}): check it with the reference weight before capturing</source>
        <translation>la balance {balance} n&apos;a pas été vérifiée aujourd&apos;hui ({today}) : vérifiez-la avec le poids étalon avant de capturer</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check today ({read} ct against {nominal} ct): check it again with the reference weight before capturing</source>
        <translation>la balance {balance} a ÉCHOUÉ à sa vérification aujourd&apos;hui ({read} ct contre {nominal} ct) : vérifiez-la de nouveau avec le poids étalon avant de capturer</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it</source>
        <translation>la balance « {balance} » n&apos;est pas au registre : un administrateur l&apos;enregistre</translation>
    </message>
    <message>
        <source>balance {balance} may capture</source>
        <translation>la balance {balance} peut capturer</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: weights read from a file were not weighed on this site&apos;s balance, so the file is not imported; record the entries with the weights captured from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>ce site ne prend les poids que de la balance : les poids lus dans un fichier n&apos;ont pas été pesés sur la balance de ce site, le fichier n&apos;est donc pas importé ; enregistrez les entrées avec les poids capturés sur la balance (un administrateur peut autoriser les poids saisis : Paramètres, « Saisie manuelle des poids permise »)</translation>
    </message>
    <message>
        <source>{code} ({what}, serial {serial})</source>
        <translation>{code} ({what}, n° de série {serial})</translation>
    </message>
    <message>
        <source>{code} (serial {serial})</source>
        <translation>{code} (n° de série {serial})</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <translation>balance {balance}</translation>
    </message>
    <message>
        <source>{balance}: 1 entry</source>
        <translation>{balance} : 1 entrée</translation>
    </message>
    <message>
        <source>{balance}: {n} entries</source>
        <translation>{balance} : {n} entrées</translation>
    </message>
    <message>
        <source>from file {file}: 1 entry</source>
        <translation>du fichier {file} : 1 entrée</translation>
    </message>
    <message>
        <source>from file {file}: {n} entries</source>
        <translation>du fichier {file} : {n} entrées</translation>
    </message>
    <message>
        <source>keyed, not from the balance: 1 entry</source>
        <translation>saisi à la main, pas de la balance : 1 entrée</translation>
    </message>
    <message>
        <source>keyed, not from the balance: {n} entries</source>
        <translation>saisi à la main, pas de la balance : {n} entrées</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>lot &apos;{lot}&apos; does not exist</source>
        <translation>партии «{lot}» не существует</translation>
    </message>
    <message>
        <source>stones not counted</source>
        <translation>камни не подсчитаны</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитаны</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>камней: {stones}</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} entries counted)</source>
        <translation>{count} (подсчитано в {counted} из {entries} записей)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lots counted)</source>
        <translation>{count} (подсчитано в {counted} из {entries} партий)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} lines counted)</source>
        <translation>{count} (подсчитано в {counted} из {entries} строк)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {entries} {what} counted)</source>
        <translation>{count} (подсчитано: {counted} из {entries}, {what})</translation>
    </message>
    <message>
        <source>{diff} of the {received} stones received not counted out ({sorted} counted; some entries&apos; stones were not)</source>
        <translation>{diff} из {received} принятых камней не пересчитаны на выходе (пересчитано {sorted}; камни некоторых записей не пересчитывались)</translation>
    </message>
    <message>
        <source>{sorted} stones counted out, more than the {received} received, and some entries&apos; stones not counted</source>
        <translation>на выходе пересчитано {sorted} камней, больше принятых {received}, а камни некоторых записей не пересчитывались</translation>
    </message>
    <message>
        <source>stone difference {diff} ({received} received, {sorted} sorted)</source>
        <translation>расхождение по камням {diff} (принято {received}, рассортировано {sorted})</translation>
    </message>
    <message>
        <source>{difference}; {stones}</source>
        <translation>{difference}; {stones}</translation>
    </message>
    <message>
        <source>no difference until the lot is weighed</source>
        <translation>расхождения нет, пока партия не взвешена</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), within tolerance ({allowed} ct allowed)</source>
        <translation>расхождение {difference} кар ({percent} %), в пределах допуска (допускается {allowed} кар)</translation>
    </message>
    <message>
        <source>difference {difference} ct ({percent} %), beyond tolerance ({allowed} ct allowed)</source>
        <translation>расхождение {difference} кар ({percent} %), сверх допуска (допускается {allowed} кар)</translation>
    </message>
    <message>
        <source>lot {lot} is not weighed yet; weigh it first</source>
        <translation>партия {lot} ещё не взвешена; сначала взвесьте её</translation>
    </message>
    <message>
        <source>lot {lot} is already sorted and closed</source>
        <translation>партия {lot} уже рассортирована и закрыта</translation>
    </message>
    <message>
        <source>recording sorting results</source>
        <translation>запись результатов сортировки</translation>
    </message>
    <message>
        <source>stones: {stones} is negative; enter a count of stones, zero or more (a wrong entry is corrected, not offset)</source>
        <translation>камни: {stones} — отрицательное число; введите число камней, ноль или больше (ошибочная запись исправляется, а не компенсируется)</translation>
    </message>
    <message>
        <source>{category} is a specials category: record each stone of 10.80 ct or more as its own entry (stones 1)</source>
        <translation>{category} — категория алмазов специальных размеров: записывайте каждый камень от 10.80 кар отдельной записью (камней 1)</translation>
    </message>
    <message>
        <source>{category} is for specials of 10.800 ct and more; {ct} ct belongs in a smaller size class</source>
        <translation>{category} — для алмазов специальных размеров от 10.800 кар; {ct} кар относится к меньшей размерно-весовой группе</translation>
    </message>
    <message>
        <source>a single stone of {ct} ct is a special (10.80 ct or more); record it in a specials (+10.80 ct) category, or check the count</source>
        <translation>одиночный камень в {ct} кар — алмаз специального размера (10.80 кар и более); запишите его в категорию алмазов специальных размеров (+10.80 кар), или проверьте число камней</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {ct} ct is less than one: check the carats or the category</source>
        <translation>в {category} камни по {bounds} каждый; {ct} кар — меньше одного камня: проверьте караты или категорию</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each, not one of {ct} ct: check the count, the carats or the category</source>
        <translation>в {category} камни по {bounds} каждый, а не один камень на {ct} кар: проверьте число камней, караты или категорию</translation>
    </message>
    <message>
        <source>{category} holds stones of {bounds} each; {stones} stones of {ct} ct are about {each} ct each: check the count, the carats or the category</source>
        <translation>в {category} камни по {bounds} каждый; {stones} камней на {ct} кар — около {each} кар каждый: проверьте число камней, караты или категорию</translation>
    </message>
    <message>
        <source>{least} ct or more</source>
        <translation>{least} кар и более</translation>
    </message>
    <message>
        <source>up to {most} ct</source>
        <translation>до {most} кар</translation>
    </message>
    <message>
        <source>{least}-{most} ct</source>
        <translation>{least}-{most} кар</translation>
    </message>
    <message>
        <source>lot {lot}: this entry would bring sorted + losses to {accounted} ct, above the {received} ct received plus {tolerance} ct tolerance; check the scale and the figure (at most {left} ct more fits)</source>
        <translation>партия {lot}: с этой записью рассортированное + потери составят {accounted} кар, больше принятых {received} кар плюс допуск {tolerance} кар; проверьте весы и число (можно внести ещё не более {left} кар)</translation>
    </message>
    <message>
        <source>loss type: &apos;{loss_type}&apos; is not one of {types}</source>
        <translation>вид потерь: «{loss_type}» — не одно из значений {types}</translation>
    </message>
    <message>
        <source>recording sorting losses</source>
        <translation>запись потерь при сортировке</translation>
    </message>
    <message>
        <source>correcting a sorting entry</source>
        <translation>исправление записи сортировки</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; is not an entry of lot {lot}</source>
        <translation>«{entry}» — не запись партии {lot}</translation>
    </message>
    <message>
        <source>entry {entry} is itself a correction; record the goods again</source>
        <translation>запись {entry} сама является исправлением; запишите товар заново</translation>
    </message>
    <message>
        <source>entry {entry} is already corrected</source>
        <translation>запись {entry} уже исправлена</translation>
    </message>
    <message>
        <source>an operator may reverse only the lot&apos;s last entry, and only if it is yours; ask a supervisor</source>
        <translation>оператор может сторнировать только последнюю запись партии и только если она его; обратитесь к старшему смены</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot}; {rule}</source>
        <translation>{name} — {role}: запись {entry} не последняя запись партии {lot}; {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is, a reversal); {rule}</source>
        <translation>{name} — {role}: запись {entry} не последняя запись партии {lot} (последняя — {last}, сторно); {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} is not the last entry of lot {lot} ({last} is); {rule}</source>
        <translation>{name} — {role}: запись {entry} не последняя запись партии {lot} (последняя — {last}); {rule}</translation>
    </message>
    <message>
        <source>{name} is {role}: entry {entry} was made by someone else; {rule}</source>
        <translation>{name} — {role}: запись {entry} сделал кто-то другой; {rule}</translation>
    </message>
    <message>
        <source>carats: {ct} ct; goods and losses are recorded above zero (to take an entry back, reverse it)</source>
        <translation>караты: {ct} кар; товар и потери записываются больше нуля (чтобы отменить запись, сторнируйте её)</translation>
    </message>
    <message>
        <source>closing a sorting</source>
        <translation>закрытие сортировки</translation>
    </message>
    <message>
        <source>lot {lot} has no sorting results to close</source>
        <translation>у партии {lot} нет результатов сортировки для закрытия</translation>
    </message>
    <message>
        <source>lot {lot}: the difference between weighed and declared carats must be acknowledged by a supervisor first</source>
        <translation>партия {lot}: расхождение между взвешенными и заявленными каратами сначала должен подтвердить старший смены</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after its summary was shown (an entry, a loss or the tolerance changed meanwhile); nothing was closed; close it again to see them now</source>
        <translation>партия {lot}: её цифры изменились после показа сводки (запись, потеря или допуск изменились за это время); ничего не закрыто; закройте её снова, чтобы увидеть их сейчас</translation>
    </message>
    <message>
        <source>lot {lot}: {summary}; a supervisor who did not enter the results must accept the difference with a reason to close it</source>
        <translation>партия {lot}: {summary}; чтобы закрыть её, старший смены, не вносивший результаты, должен принять расхождение с указанием причины</translation>
    </message>
    <message>
        <source>closing a sorting beyond tolerance</source>
        <translation>закрытие сортировки сверх допуска</translation>
    </message>
    <message>
        <source>closing a sorting with a stone difference</source>
        <translation>закрытие сортировки с расхождением по камням</translation>
    </message>
    <message>
        <source>lot {lot}: {name} entered results of this lot; another supervisor must accept the difference (two-person rule)</source>
        <translation>партия {lot}: {name} вносил результаты этой партии; расхождение должен принять другой старший смены (правило двух лиц)</translation>
    </message>
    <message>
        <source>lot #{id} does not exist</source>
        <translation>партии #{id} не существует</translation>
    </message>
    <message>
        <source>category: &apos;{category}&apos; is not in the assortment</source>
        <translation>категория: «{category}» отсутствует в классификаторе</translation>
    </message>
    <message>
        <source>category {category} is retired</source>
        <translation>категория {category} выведена из употребления</translation>
    </message>
    <message>
        <source>receiving a lot</source>
        <translation>приёмка партии</translation>
    </message>
    <message>
        <source>carats: give the weighed carats, or the declared carats to weigh later</source>
        <translation>караты: укажите взвешенные караты или заявленные, чтобы взвесить позже</translation>
    </message>
    <message>
        <source>origin: give the country of origin</source>
        <translation>происхождение: укажите страну происхождения</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>рудник</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <source>give the mine or the supplier the lot came from</source>
        <translation>укажите месторождение или поставщика, откуда поступила партия</translation>
    </message>
    <message>
        <source>parcel &apos;{parcel}&apos; does not exist</source>
        <translation>посылки «{parcel}» не существует</translation>
    </message>
    <message>
        <source>parcel {parcel} is draft</source>
        <translation>посылка {parcel} — черновик</translation>
    </message>
    <message>
        <source>parcel {parcel} is sealed</source>
        <translation>посылка {parcel} опломбирована</translation>
    </message>
    <message>
        <source>parcel {parcel} is shipped</source>
        <translation>посылка {parcel} отгружена</translation>
    </message>
    <message>
        <source>parcel {parcel} is void</source>
        <translation>посылка {parcel} аннулирована</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}</source>
        <translation>посылка {parcel} в состоянии «{status}»</translation>
    </message>
    <message>
        <source>certificate {cert} is for exporter &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>сертификат {cert} выдан на экспортёра «{theirs}», а посылка {parcel} — на «{ours}»; у одной поставки один экспортёр, импортёр и пункт назначения</translation>
    </message>
    <message>
        <source>certificate {cert} is for importer &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>сертификат {cert} выдан на импортёра «{theirs}», а посылка {parcel} — на «{ours}»; у одной поставки один экспортёр, импортёр и пункт назначения</translation>
    </message>
    <message>
        <source>certificate {cert} is for destination &apos;{theirs}&apos;, parcel {parcel} for &apos;{ours}&apos;; one shipment has one exporter, importer and destination</source>
        <translation>сертификат {cert} выдан на пункт назначения «{theirs}», а посылка {parcel} — на «{ours}»; у одной поставки один экспортёр, импортёр и пункт назначения</translation>
    </message>
    <message>
        <source>{state}; only a draft can be changed</source>
        <translation>{state}; изменить можно только черновик</translation>
    </message>
    <message>
        <source>creating a parcel</source>
        <translation>создание посылки</translation>
    </message>
    <message>
        <source>parcel {parcel} already exists</source>
        <translation>посылка {parcel} уже существует</translation>
    </message>
    <message>
        <source>importer</source>
        <translation>импортёр</translation>
    </message>
    <message>
        <source>importer: name the importer (consignee)</source>
        <translation>импортёр: укажите импортёра (грузополучателя)</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>экспортёр</translation>
    </message>
    <message>
        <source>{what}: only {available} ct in stock, {asked} ct asked for</source>
        <translation>{what}: в остатках только {available} кар, запрошено {asked} кар</translation>
    </message>
    <message>
        <source>{what}: the stock counts stones; give the number of stones for part of a balance ({take} of {held} ct, {stones} stones)</source>
        <translation>{what}: в остатках камни подсчитаны; укажите число камней для части остатка ({take} из {held} кар, камней: {stones})</translation>
    </message>
    <message>
        <source>{what}: {take_stones} stones for {take} ct of a balance of {held} ct and {stones} stones does not add up</source>
        <translation>{what}: {take_stones} камней на {take} кар из остатка {held} кар и {stones} камней — не сходится</translation>
    </message>
    <message>
        <source>{what}: only {stones} stones in stock</source>
        <translation>{what}: в остатках только камней: {stones}</translation>
    </message>
    <message>
        <source>{what}: {take} ct from the oldest lot hold {take_stones} stones, more than the {stones} asked for</source>
        <translation>{what}: в {take} кар из самой старой партии {take_stones} камней — больше запрошенных {stones}</translation>
    </message>
    <message>
        <source>{what}: {stones} stones asked for, but the carats hold fewer</source>
        <translation>{what}: запрошено камней: {stones}, но в этих каратах их меньше</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), would leave {left} ct for {left_stones}, about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what}: взять {take} кар, {take_stones} из {stones} камней остатка ({held} кар), — останется {left} кар на {left_stones}, около {each} кар на камень, а в {category} камни по {bounds} каждый: проверьте число камней</translation>
    </message>
    <message>
        <source>{what}: taking {take} ct, {take_stones} of a balance&apos;s {stones} stones ({held} ct), makes about {each} ct a stone, and {category} holds stones of {bounds} each: check the count</source>
        <translation>{what}: взять {take} кар, {take_stones} из {stones} камней остатка ({held} кар), — это около {each} кар на камень, а в {category} камни по {bounds} каждый: проверьте число камней</translation>
    </message>
    <message>
        <source>filling a parcel</source>
        <translation>заполнение посылки</translation>
    </message>
    <message>
        <source>{category} has HS code {hs_code}, which a KP shipment may not hold</source>
        <translation>у {category} код ТН ВЭД {hs_code}, которого не может быть в поставке по КП</translation>
    </message>
    <message>
        <source>{category} from lot {lot}</source>
        <translation>{category} из партии {lot}</translation>
    </message>
    <message>
        <source>{what}: none in stock: lot {lot} is not sorted yet (its goods go into stock when its sorting is closed)</source>
        <translation>{what}: в остатках ничего нет: партия {lot} ещё не рассортирована (её товар поступает в остатки, когда сортировка закрыта)</translation>
    </message>
    <message>
        <source>{what} is a specials category: pack each special stone on its own (stones 1), with its own weight</source>
        <translation>{what} — категория алмазов специальных размеров: упаковывайте каждый такой алмаз отдельно (камней 1), с его собственной массой</translation>
    </message>
    <message>
        <source>{what}: {ct} ct is not a special stone (10.800 ct or more); pack each special stone on its own, with its own weight</source>
        <translation>{what}: {ct} кар — не алмаз специального размера (10.800 кар и более); упаковывайте каждый алмаз специального размера отдельно, с его собственной массой</translation>
    </message>
    <message>
        <source>{what}: {count} lots hold special stones; name the lot the stone of {ct} ct comes from (a special stone is packed from its own lot)</source>
        <translation>{what}: алмазы специальных размеров есть в {count} партиях; укажите партию, из которой камень в {ct} кар (алмаз специального размера упаковывают из его собственной партии)</translation>
    </message>
    <message>
        <source>its unpacked special stones weigh {weights} ct</source>
        <translation>масса её неупакованных алмазов специальных размеров: {weights} кар</translation>
    </message>
    <message>
        <source>every special stone sorted into it is packed</source>
        <translation>все алмазы специальных размеров, рассортированные в неё, упакованы</translation>
    </message>
    <message>
        <source>{category} from lot {lot}: no special stone of {ct} ct was sorted into lot {lot} and left unpacked; {left} (pack a special stone with the weight recorded at sorting)</source>
        <translation>{category} из партии {lot}: в партии {lot} нет рассортированного и ещё не упакованного алмаза специального размера массой {ct} кар; {left} (упакуйте алмаз специального размера с массой, записанной при сортировке)</translation>
    </message>
    <message>
        <source>reversing a packing</source>
        <translation>сторнирование вложения</translation>
    </message>
    <message>
        <source>&apos;{journal}&apos; is not a packing of parcel {parcel}</source>
        <translation>«{journal}» — не вложение посылки {parcel}</translation>
    </message>
    <message>
        <source>packing {uid} is already reversed</source>
        <translation>вложение {uid} уже сторнировано</translation>
    </message>
    <message>
        <source>overriding a price</source>
        <translation>переопределение цены</translation>
    </message>
    <message>
        <source>valuer&apos;s name</source>
        <translation>имя оценщика</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>date of valuation</source>
        <translation>дата оценки</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>ссылка (номер документа)</translation>
    </message>
    <message>
        <source>{field}: {day} is after today ({today})</source>
        <translation>{field}: {day} позже сегодняшнего дня ({today})</translation>
    </message>
    <message>
        <source>recording a valuation</source>
        <translation>запись оценки</translation>
    </message>
    <message>
        <source>valuer: use one of {valuers}</source>
        <translation>оценщик: используйте одно из значений {valuers}</translation>
    </message>
    <message>
        <source>{valuer} value</source>
        <translation>стоимость ({valuer})</translation>
    </message>
    <message>
        <source>sealing a parcel</source>
        <translation>опломбирование посылки</translation>
    </message>
    <message>
        <source>KP certificate: &apos;{cert}&apos; must start with the site&apos;s country code {country}, then a digit, &apos;/&apos; or &apos;-&apos;, then letters, digits, &apos;/&apos; or &apos;-&apos;</source>
        <translation>сертификат КП: «{cert}» должен начинаться с кода страны объекта {country}, затем цифра, «/» или «-», затем буквы, цифры, «/» или «-»</translation>
    </message>
    <message>
        <source>seal: give the number of at least one tamper-evident seal</source>
        <translation>пломба: укажите номер хотя бы одной пломбы с защитой от вскрытия</translation>
    </message>
    <message>
        <source>seal: the same seal number is given twice</source>
        <translation>пломба: один и тот же номер пломбы указан дважды</translation>
    </message>
    <message>
        <source>the site has no exporting authority; an admin sets it in the site settings</source>
        <translation>у объекта нет экспортирующего органа: администратор указывает его в настройках объекта</translation>
    </message>
    <message>
        <source>seal {seal} is already used at this site; seal numbers are unique</source>
        <translation>пломба {seal} уже использована на этом объекте; номера пломб уникальны</translation>
    </message>
    <message>
        <source>certificate {cert} was issued {issued} and expires {expires}; leave the dates out or give those</source>
        <translation>сертификат {cert} выдан {issued} и действует до {expires}; не указывайте даты или укажите эти</translation>
    </message>
    <message>
        <source>the shipment under {cert} has left; start a new certificate</source>
        <translation>поставка по {cert} уже отправлена; начните новый сертификат</translation>
    </message>
    <message>
        <source>expires: the expiry date must be after the issue date</source>
        <translation>срок действия: дата окончания должна быть позже даты выдачи</translation>
    </message>
    <message>
        <source>parcel {parcel} is empty; add goods before sealing</source>
        <translation>посылка {parcel} пуста; добавьте товар перед опломбированием</translation>
    </message>
    <message>
        <source>lot {lots}: no origin recorded for its goods (a lot is received with its origins; added outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>партия {lots}: для её товара не записано происхождение (партия принимается с её происхождением; добавлена вне sortapp); ничего не опечатано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>no price for {categories} on {day}; set one in the price book or override it for this parcel</source>
        <translation>нет цены для {categories} на {day}; задайте её в прейскуранте или переопределите для этой посылки</translation>
    </message>
    <message>
        <source>parcel {parcel}: a price, valuation or valuation rule it would be sealed at is not one a signed entry set (changed outside sortapp); nothing was sealed; an admin checks the database (verify)</source>
        <translation>посылка {parcel}: цена, оценка или правило оценки, по которым её опломбировали бы, заданы не подписанной записью (изменено вне sortapp); ничего не опломбировано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>parcel {parcel}: what sealing freezes changed after its summary was shown (its goods, a price or the day changed meanwhile); nothing was sealed; seal it again to see it now</source>
        <translation>посылка {parcel}: то, что фиксирует опломбирование, изменилось после показа сводки (её товар, цена или день изменились за это время); ничего не опломбировано; опломбируйте её снова, чтобы увидеть это сейчас</translation>
    </message>
    <message>
        <source>certificate {cert}</source>
        <translation>сертификат {cert}</translation>
    </message>
    <message>
        <source>parcel {parcel} is not as it was sealed (its data, or the goods the ledger holds in it, were changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>посылка {parcel} не такая, какой её опломбировали (её данные или товар, который книга учёта держит в ней, изменены вне sortapp); ничего не сделано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>KP certificate {cert} is not as it was sealed (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>сертификат КП {cert} не такой, каким его опломбировали (изменён вне sortapp); ничего не сделано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>shipping a parcel</source>
        <translation>отгрузка посылки</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>перевозчик</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>авианакладная</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel ships</source>
        <translation>{state}; отгрузить можно только опломбированную посылку</translation>
    </message>
    <message>
        <source>voiding a parcel</source>
        <translation>аннулирование посылки</translation>
    </message>
    <message>
        <source>{state}; it cannot be voided</source>
        <translation>{state}; её нельзя аннулировать</translation>
    </message>
    <message>
        <source>parcel {parcel} changed after its summary was shown (its goods or its state changed meanwhile); nothing was voided; cancel, and void it again to see what returns to stock now</source>
        <translation>посылка {parcel} изменилась после показа сводки (её товар или состояние изменились за это время); ничего не аннулировано; отмените и аннулируйте её снова, чтобы увидеть, что вернётся на склад сейчас</translation>
    </message>
    <message>
        <source>listing parcels</source>
        <translation>просмотр списка посылок</translation>
    </message>
    <message>
        <source>KP certificate &apos;{cert}&apos; is not recorded at this site</source>
        <translation>сертификат КП «{cert}» не записан на этом объекте</translation>
    </message>
    <message>
        <source>HS code: use one of {codes}</source>
        <translation>код ТН ВЭД: используйте один из {codes}</translation>
    </message>
    <message>
        <source>shipped from</source>
        <translation>отправлено из</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>lot {lot}&apos;s receipt</source>
        <translation>приёмка партии {lot}</translation>
    </message>
    <message>
        <source>incoming KP certificate: goods shipped from within {home} cross no border and travel under no KP certificate; give the country the lot was shipped from, or no certificate</source>
        <translation>входящий сертификат КП: товар, отправленный из пределов {home}, не пересекает границу и не сопровождается сертификатом КП; укажите страну, из которой отправлена партия, или не указывайте сертификат</translation>
    </message>
    <message>
        <source>shipped from: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only be imported from KP participants</source>
        <translation>отправлено из: {name} ({code}) нет в списке участников КП этого объекта; необработанные алмазы можно ввозить только от участников КП</translation>
    </message>
    <message>
        <source>incoming KP certificate: a lot shipped from {name} ({code}) crosses the border under a KP certificate; enter its number (goods bought within {home}: give {home} as the country shipped from)</source>
        <translation>входящий сертификат КП: партия, отправленная из {name} ({code}), пересекает границу с сертификатом КП; введите его номер (для товара, купленного в {home}, укажите {home} как страну отправления)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; a supervisor must acknowledge it</source>
        <translation>партия {lot}: взвешено {weighed} кар, что отличается от заявленных {declared} кар сверх допуска; старший смены должен это подтвердить</translation>
    </message>
    <message>
        <source>lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; correct its sorting entries instead</source>
        <translation>партия {lot} на сортировке: повторно взвесить можно только взвешенную, ещё не рассортированную партию; вместо этого исправьте её записи сортировки</translation>
    </message>
    <message>
        <source>lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} рассортирована: повторно взвесить можно только взвешенную, ещё не рассортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} ожидает взвешивания: повторно взвесить можно только взвешенную, ещё не рассортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again</source>
        <translation>партия {lot} в состоянии «{status}»: повторно взвесить можно только взвешенную, ещё не рассортированную партию</translation>
    </message>
    <message>
        <source>lot {lot} already exists; lot numbers are unique at this site</source>
        <translation>партия {lot} уже существует; номера партий на объекте уникальны</translation>
    </message>
    <message>
        <source>stones: {stones} stones of {ct} ct would each weigh less than 0.001 ct; check the count or the carats</source>
        <translation>камни: {stones} камней по {ct} кар. весили бы меньше 0,001 кар. каждый; проверьте количество или караты</translation>
    </message>
    <message>
        <source>lot {lot} was received with {counted} stones counted; leave stones blank to keep that count (a supervisor may weigh the lot again with {stones} stones and a reason)</source>
        <translation>партия {lot} принята с подсчётом камней: {counted}; оставьте поле камней пустым, чтобы сохранить это число (старший смены может повторно взвесить партию с числом камней {stones}, указав причину)</translation>
    </message>
    <message>
        <source>weighing a lot</source>
        <translation>взвешивание партии</translation>
    </message>
    <message>
        <source>lot {lot} is already weighed ({ct} ct)</source>
        <translation>партия {lot} уже взвешена ({ct} кар)</translation>
    </message>
    <message>
        <source>declared value: a lot shipped from {name} ({code}) is imported at the value in US dollars its KP certificate states; enter it (the KP statistics report imports by value)</source>
        <translation>объявленная стоимость: партия, отправленная из {name} ({code}), ввозится по стоимости в долларах США, указанной в её сертификате КП; введите её (статистика КП учитывает импорт по стоимости)</translation>
    </message>
    <message>
        <source>incoming KP certificate: &apos;{cert}&apos; does not begin with {code} and a digit or &apos;/&apos;, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; a KP certificate&apos;s number begins with the code of the country that issued it, {name}, the one the lot was shipped from: check the certificate, or the country shipped from</source>
        <translation>входящий сертификат КП: «{cert}» не начинается с {code} и цифры или «/», «.», «_», «-»; номер сертификата КП начинается с кода выдавшей его страны, {name}, из которой отправлена партия: проверьте сертификат или страну отправления</translation>
    </message>
    <message>
        <source>correcting a lot&apos;s weight</source>
        <translation>исправление массы партии</translation>
    </message>
    <message>
        <source>carats: enter a weight above 0.000 ct</source>
        <translation>караты: введите массу больше 0.000 кар</translation>
    </message>
    <message>
        <source>lot {lot} already weighs {ct} ct</source>
        <translation>партия {lot} уже весит {ct} кар</translation>
    </message>
    <message>
        <source>lot {lot} has {count} receipts in the ledger, not 1</source>
        <translation>у партии {lot} в учёте приходных проводок: {count}, а не 1</translation>
    </message>
    <message>
        <source>lot {lot} weighed again: {ct} ct</source>
        <translation>партия {lot} взвешена повторно: {ct} кар</translation>
    </message>
    <message>
        <source>acknowledging a weight difference</source>
        <translation>подтверждение расхождения по массе</translation>
    </message>
    <message>
        <source>lot {lot} was weighed again after its difference was shown ({ct} ct now); nothing was acknowledged; cancel, and look at it again</source>
        <translation>партия {lot} перевзвешена после показа её расхождения (теперь {ct} кар); ничего не подтверждено; отмените и посмотрите её снова</translation>
    </message>
    <message>
        <source>lot {lot} has no weight difference to acknowledge</source>
        <translation>у партии {lot} нет расхождения по массе для подтверждения</translation>
    </message>
    <message>
        <source>lot {lot}: the weight difference is already acknowledged</source>
        <translation>партия {lot}: расхождение по массе уже подтверждено</translation>
    </message>
    <message>
        <source>listing lots</source>
        <translation>просмотр списка партий</translation>
    </message>
    <message>
        <source>fingerprint: give the partner&apos;s key fingerprint as on its key sheet (24 hex digits, such as 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</source>
        <translation>отпечаток: укажите отпечаток ключа партнёра, как на его листе ключа (24 шестнадцатеричные цифры, например 3F2A-91C0-5B7E-0D44-A1B2-C3D4)</translation>
    </message>
    <message>
        <source>pinning a partner site&apos;s key</source>
        <translation>закрепление ключа объекта-партнёра</translation>
    </message>
    <message>
        <source>site: give the partner site&apos;s code, as its transfer files name it</source>
        <translation>объект: укажите код объекта-партнёра, как его называют файлы передачи</translation>
    </message>
    <message>
        <source>{site} is this site; pin the keys of the sites you receive from</source>
        <translation>{site} — это этот объект; закрепляйте ключи объектов, от которых вы получаете</translation>
    </message>
    <message>
        <source>the key {key} of {site} was already pinned</source>
        <translation>ключ {key} объекта {site} уже был закреплён</translation>
    </message>
    <message>
        <source>{site} already has the key {key} pinned; to pin a new key, confirm it with the partner, then replace the pinned key, giving a reason</source>
        <translation>у {site} уже закреплён ключ {key}; чтобы закрепить новый ключ, подтвердите его с партнёром, затем замените закреплённый ключ, указав причину</translation>
    </message>
    <message>
        <source>the key {key} of {site} is pinned</source>
        <translation>ключ {key} объекта {site} закреплён</translation>
    </message>
    <message>
        <source>lot {lot}: its origins are not those its receipt recorded (changed outside sortapp); nothing was exported; an admin checks the database (verify)</source>
        <translation>партия {lot}: её происхождение не то, что записано при её приёмке (изменено вне sortapp); ничего не экспортировано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>{state}; only a sealed parcel moves</source>
        <translation>{state}; передать можно только опломбированную посылку</translation>
    </message>
    <message>
        <source>exporting a transfer file</source>
        <translation>экспорт файла передачи</translation>
    </message>
    <message>
        <source>a supervisor or admin signs transfer files, with the site key their sign-in unlocks; {user} holds no site key here (one who does may give it to them), so no file was written</source>
        <translation>файлы передачи подписывает старший смены или администратор ключом объекта, который открывает его вход; у {user} здесь нет ключа объекта (тот, у кого он есть, может его передать), поэтому файл не записан</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>нет тела</translation>
    </message>
    <message>
        <source>the sender is incomplete</source>
        <translation>отправитель указан не полностью</translation>
    </message>
    <message>
        <source>the sender&apos;s key is missing or malformed</source>
        <translation>ключ отправителя отсутствует или повреждён</translation>
    </message>
    <message>
        <source>the receiving site is malformed</source>
        <translation>получающий объект указан неверно</translation>
    </message>
    <message>
        <source>no parcel</source>
        <translation>нет посылки</translation>
    </message>
    <message>
        <source>the parcel&apos;s number or destination is missing</source>
        <translation>нет номера или пункта назначения посылки</translation>
    </message>
    <message>
        <source>the KP certificate is malformed</source>
        <translation>сертификат КП указан неверно</translation>
    </message>
    <message>
        <source>the parcel&apos;s seals are malformed</source>
        <translation>пломбы посылки указаны неверно</translation>
    </message>
    <message>
        <source>the parcel&apos;s hs codes are malformed</source>
        <translation>коды ТН ВЭД посылки указаны неверно</translation>
    </message>
    <message>
        <source>the parcel has no HS code</source>
        <translation>у посылки нет кода ТН ВЭД</translation>
    </message>
    <message>
        <source>the parcel&apos;s carats are not a positive whole number of thousandths</source>
        <translation>караты посылки — не положительное целое число тысячных</translation>
    </message>
    <message>
        <source>the parcel&apos;s stone count is malformed</source>
        <translation>число камней посылки указано неверно</translation>
    </message>
    <message>
        <source>the parcel&apos;s value is malformed</source>
        <translation>стоимость посылки указана неверно</translation>
    </message>
    <message>
        <source>the parcel has no lines</source>
        <translation>у посылки нет строк</translation>
    </message>
    <message>
        <source>a line&apos;s origins are malformed</source>
        <translation>происхождение строки указано неверно</translation>
    </message>
    <message>
        <source>a line&apos;s carats are not a whole number of thousandths</source>
        <translation>караты строки — не целое число тысячных</translation>
    </message>
    <message>
        <source>the lines&apos; carats do not add up to the parcel&apos;s</source>
        <translation>караты строк не дают в сумме караты посылки</translation>
    </message>
    <message>
        <source>{file} is not a sortapp transfer file; nothing was imported</source>
        <translation>{file} — не файл передачи sortapp; ничего не импортировано</translation>
    </message>
    <message>
        <source>{path} is a pipe or device, not a transfer file</source>
        <translation>{path} — канал или устройство, а не файл передачи</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>нет файла {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a transfer file</source>
        <translation>{path} — папка, а не файл передачи</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>{file} is larger than a transfer file can be ({size} MB at most); nothing was imported</source>
        <translation>{file} больше, чем может быть файл передачи (не более {size} МБ); ничего не импортировано</translation>
    </message>
    <message>
        <source>{file} is transfer format {shown}; this sortapp reads {version}</source>
        <translation>{file} имеет формат передачи {shown}; эта версия sortapp читает {version}</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file (numbers must be whole, text UTF-8); nothing was imported</source>
        <translation>{file} — повреждённый файл передачи (числа должны быть целыми, текст — в UTF-8); ничего не импортировано</translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match); nothing was imported</source>
        <translation>{file} изменён (его отпечаток не совпадает); ничего не импортировано</translation>
    </message>
    <message>
        <source>{file} is not a sound transfer file ({problem}); nothing was imported</source>
        <translation>{file} — повреждённый файл передачи ({problem}); ничего не импортировано</translation>
    </message>
    <message>
        <source>the key pinned here for {site} is not the one an admin&apos;s signed pinning recorded (changed outside sortapp); nothing was imported; an admin checks the database (verify)</source>
        <translation>закреплённый здесь ключ {site} не тот, что записан подписанным закреплением администратора (изменён вне sortapp); ничего не импортировано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>{file} from {sender} is not signed with {sender}&apos;s site key (it was written by an earlier sortapp, or altered); ask the sender for a signed file</source>
        <translation>{file} от {sender} не подписан ключом объекта {sender} (его записала более ранняя версия sortapp, или он изменён); попросите отправителя прислать подписанный файл</translation>
    </message>
    <message>
        <source>{file} is signed by {sender} with the key {key}, and no key of {sender} is pinned here; confirm that fingerprint with {sender} (by phone, or on its key sheet), then an admin pins it</source>
        <translation>{file} подписан {sender} ключом {key}, а ни один ключ {sender} здесь не закреплён; подтвердите этот отпечаток с {sender} (по телефону или по листу ключа), затем администратор закрепит его</translation>
    </message>
    <message>
        <source>{file} is signed with the key {key}, but the key pinned for {sender} is {pinned}; if {sender} has a new key, confirm it with {sender}, then an admin re-pins it, giving a reason</source>
        <translation>{file} подписан ключом {key}, но для {sender} закреплён ключ {pinned}; если у {sender} новый ключ, подтвердите его с {sender}, затем администратор закрепит его заново, указав причину</translation>
    </message>
    <message>
        <source>{file}: the signature does not match its contents (the file was changed after it was signed, or forged); it cannot be accepted; nothing was imported</source>
        <translation>{file}: подпись не соответствует содержимому (файл изменён после подписания или подделан); его нельзя принять; ничего не импортировано</translation>
    </message>
    <message>
        <source>incoming KP certificate: the file names {named}, not {given}; nothing was imported</source>
        <translation>входящий сертификат КП: в файле указан {named}, а не {given}; ничего не импортировано</translation>
    </message>
    <message>
        <source>importing a transfer file</source>
        <translation>импорт файла передачи</translation>
    </message>
    <message>
        <source>accepting a transfer file not signed by a pinned key</source>
        <translation>приём файла передачи, не подписанного закреплённым ключом</translation>
    </message>
    <message>
        <source>reason: say why this file is accepted without a pinned signature</source>
        <translation>причина: объясните, почему этот файл принимается без закреплённой подписи</translation>
    </message>
    <message>
        <source>{file} changed after it was read (another file, or the same one rewritten); nothing was imported; import it again</source>
        <translation>{file} изменён после чтения (другой файл или тот же, перезаписанный); ничего не импортировано; импортируйте его снова</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported (an admin may accept this one file, giving a reason)</source>
        <translation>{problem}; ничего не импортировано (администратор может принять этот один файл, указав причину)</translation>
    </message>
    <message>
        <source>this transfer file was written by this site; import it at the receiver</source>
        <translation>этот файл передачи записан этим объектом; импортируйте его у получателя</translation>
    </message>
    <message>
        <source>{file} is addressed to site {to_site}, not {here}; nothing was imported</source>
        <translation>{file} адресован объекту {to_site}, а не {here}; ничего не импортировано</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} was already imported as lot {lot}; nothing was imported</source>
        <translation>посылка {parcel} от {sender} уже импортирована как партия {lot}; ничего не импортировано</translation>
    </message>
    <message>
        <source>parcel {parcel} is consigned to {destination}, not {country}; a supervisor may force the import</source>
        <translation>посылка {parcel} направлена в {destination}, а не в {country}; старший смены может принудительно импортировать её</translation>
    </message>
    <message>
        <source>parcel {parcel} from {sender} ({country}) names no incoming KP certificate, and goods shipped from another country are received under theirs: give the number of the certificate that came with the goods; nothing was imported</source>
        <translation>в посылке {parcel} от {sender} ({country}) не указан входящий сертификат КП, а товар из другой страны принимается по его сертификату: укажите номер сертификата, пришедшего с товаром; ничего не импортировано</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>этот объект принимает массу только с весов: снимите массу с весов (администратор может разрешить ввод массы вручную: «Настройки», «Разрешён ручной ввод массы»)</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it (Settings, Balances) before it weighs</source>
        <translation>весов «{balance}» нет в реестре: администратор вносит их в реестр («Настройки», «Весы»), прежде чем на них взвешивают</translation>
    </message>
    <message>
        <source>{field}: the pattern is too long (500 characters at most)</source>
        <translation>{field}: шаблон слишком длинный (не более 500 символов)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a regular expression ({error})</source>
        <translation>{field}: «{text}» — не регулярное выражение ({error})</translation>
    </message>
    <message>
        <source>{field}: the pattern needs a group named value holding the weight, as (?P&lt;value&gt;[0-9.]+)</source>
        <translation>{field}: шаблону нужна группа с именем value, содержащая массу, например (?P&lt;value&gt;[0-9.]+)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not one of {named}</source>
        <translation>{field}: «{value}» — не одно из значений {named}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a code; use letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation>{field}: «{value}» — не код; используйте буквы, цифры, «-», «_»</translation>
    </message>
    <message>
        <source>{field}: give the serial number on the balance&apos;s plate</source>
        <translation>{field}: укажите заводской номер с таблички весов</translation>
    </message>
    <message>
        <source>{field}: not a field of the register; use {fields}</source>
        <translation>{field}: такого поля нет в реестре; используйте {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of a reference weight; use {fields}</source>
        <translation>{field}: такого поля нет у эталонной гири; используйте {fields}</translation>
    </message>
    <message>
        <source>{field}: not a field of {fields_of}; use {fields}</source>
        <translation>{field}: такого поля нет ({fields_of}); используйте {fields}</translation>
    </message>
    <message>
        <source>{field}: required for a new balance</source>
        <translation>{field}: обязательно для новых весов</translation>
    </message>
    <message>
        <source>{field}: required for a new reference weight</source>
        <translation>{field}: обязательно для новой эталонной гири</translation>
    </message>
    <message>
        <source>{field}: required for a new {what}</source>
        <translation>{field}: обязательно для нового объекта «{what}»</translation>
    </message>
    <message>
        <source>pattern: only a generic balance has a pattern; {protocol} reads its own format (leave the pattern blank)</source>
        <translation>шаблон: шаблон бывает только у весов generic; {protocol} читает свой собственный формат (оставьте шаблон пустым)</translation>
    </message>
    <message>
        <source>verification interval e: {e} ct is finer than the readability d ({d} ct); e is d or more</source>
        <translation>поверочный интервал e: {e} кар меньше дискретности d ({d} кар); e должен быть не меньше d</translation>
    </message>
    <message>
        <source>maximum load: {max} ct is not above the minimum load ({min} ct)</source>
        <translation>наибольший предел взвешивания: {max} кар не больше наименьшего предела ({min} кар)</translation>
    </message>
    <message>
        <source>registering a balance</source>
        <translation>внесение весов в реестр</translation>
    </message>
    <message>
        <source>code: balance {code} is already registered</source>
        <translation>код: весы {code} уже внесены в реестр</translation>
    </message>
    <message>
        <source>code: reference weight {code} is already registered</source>
        <translation>код: эталонная гиря {code} уже внесена в реестр</translation>
    </message>
    <message>
        <source>balance {code} registered</source>
        <translation>весы {code} внесены в реестр</translation>
    </message>
    <message>
        <source>reference weight {code} registered</source>
        <translation>эталонная гиря {code} внесена в реестр</translation>
    </message>
    <message>
        <source>changing a balance in the register</source>
        <translation>изменение весов в реестре</translation>
    </message>
    <message>
        <source>balance {code} changed</source>
        <translation>весы {code} изменены</translation>
    </message>
    <message>
        <source>balance {code}: nothing to change</source>
        <translation>весы {code}: нечего изменять</translation>
    </message>
    <message>
        <source>reference weight {code}: nothing to change</source>
        <translation>эталонная гиря {code}: нечего изменять</translation>
    </message>
    <message>
        <source>code: balance {code} keeps its code (its weighings name it); register the instrument under a new code instead</source>
        <translation>код: код весов {code} не меняется (на него ссылаются взвешивания); внесите прибор в реестр под новым кодом</translation>
    </message>
    <message>
        <source>code: reference weight {code} keeps its code (its checks name it); register the weight under a new code instead</source>
        <translation>код: код эталонной гири {code} не меняется (на него ссылаются проверки); внесите гирю в реестр под новым кодом</translation>
    </message>
    <message>
        <source>recording a balance&apos;s calibration</source>
        <translation>запись калибровки весов</translation>
    </message>
    <message>
        <source>next due: {due} is not after the calibration ({day})</source>
        <translation>следующая калибровка: {due} не позже калибровки ({day})</translation>
    </message>
    <message>
        <source>calibrated on: {day} is after today ({today})</source>
        <translation>дата калибровки: {day} позже сегодняшнего дня ({today})</translation>
    </message>
    <message>
        <source>calibrated by: name who calibrated the balance (company or person)</source>
        <translation>кто калибровал: укажите, кто калибровал весы (организация или человек)</translation>
    </message>
    <message>
        <source>certificate: give the calibration certificate&apos;s number (it proves the calibration)</source>
        <translation>сертификат: укажите номер сертификата калибровки (он подтверждает калибровку)</translation>
    </message>
    <message>
        <source>balance {code} calibrated on {day}, next due {due}</source>
        <translation>весы {code} откалиброваны {day}, следующая калибровка {due}</translation>
    </message>
    <message>
        <source>checking a balance</source>
        <translation>проверка весов</translation>
    </message>
    <message>
        <source>a balance is checked with a reading captured off it, not typed: put the reference weight on the pan and capture the reading</source>
        <translation>весы проверяют показанием, снятым с них, а не введённым вручную: положите эталонную гирю на чашку и снимите показание</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; is not a weight in carats above 0.000 ct: capture the reference weight from the balance again</source>
        <translation>показание «{reading}» — не масса в каратах больше 0.000 кар: снимите массу эталонной гири с весов снова</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it is not checked or used</source>
        <translation>весы {balance} выведены из эксплуатации: их не проверяют и не используют</translation>
    </message>
    <message>
        <source>reference weight {ref} is retired: check with one in use</source>
        <translation>эталонная гиря {ref} выведена из эксплуатации: проверяйте гирей, которая используется</translation>
    </message>
    <message>
        <source>the reading was captured off balance {other}, not {balance}: check {balance} with its own reading</source>
        <translation>показание снято с весов {other}, а не {balance}: проверяйте {balance} их собственным показанием</translation>
    </message>
    <message>
        <source>{read} ct against {ref} of {nominal} ct (tolerance {tolerance} ct)</source>
        <translation>{read} кар против {ref} в {nominal} кар (допуск {tolerance} кар)</translation>
    </message>
    <message>
        <source>balance {balance} passed: {said}</source>
        <translation>весы {balance} прошли проверку: {said}</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct; capture is blocked until a check passes</source>
        <translation>весы {balance} НЕ ПРОШЛИ проверку: {said}, расхождение {off} кар; снятие заблокировано до успешной проверки</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check: {said}, off by {off} ct</source>
        <translation>весы {balance} НЕ ПРОШЛИ проверку: {said}, расхождение {off} кар</translation>
    </message>
    <message>
        <source>reference weight &apos;{ref}&apos; is not in the register: an admin registers it (Settings, Balances, Reference weights)</source>
        <translation>эталонной гири «{ref}» нет в реестре: администратор вносит её («Настройки», «Весы», «Эталонные гири»)</translation>
    </message>
    <message>
        <source>certificate: give the reference weight&apos;s calibration certificate</source>
        <translation>сертификат: укажите сертификат калибровки эталонной гири</translation>
    </message>
    <message>
        <source>registering a reference weight</source>
        <translation>внесение эталонной гири в реестр</translation>
    </message>
    <message>
        <source>changing a reference weight</source>
        <translation>изменение эталонной гири</translation>
    </message>
    <message>
        <source>reference weight {code} changed</source>
        <translation>эталонная гиря {code} изменена</translation>
    </message>
    <message>
        <source>zeroing or taring a balance</source>
        <translation>обнуление или тарирование весов</translation>
    </message>
    <message>
        <source>action: &apos;{action}&apos; is not zero or tare</source>
        <translation>действие: «{action}» — не обнуление и не тарирование</translation>
    </message>
    <message>
        <source>balance: name the balance that was zeroed or tared</source>
        <translation>весы: укажите весы, которые обнулили или тарировали</translation>
    </message>
    <message>
        <source>balance {balance} zeroed</source>
        <translation>весы {balance} обнулены</translation>
    </message>
    <message>
        <source>balance {balance} tared</source>
        <translation>весы {balance} тарированы</translation>
    </message>
    <message>
        <source>balance {balance} reports serial {serial} but the register says {registered}: capture is blocked until an admin checks the instrument</source>
        <translation>весы {balance} сообщают заводской номер {serial}, а в реестре указан {registered}: снятие заблокировано, пока администратор не проверит прибор</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>balance {balance} has no port in the register: an admin registers the port it is connected on before it captures</source>
        <translation>у весов {balance} нет порта в реестре: администратор указывает порт подключения, прежде чем с них снимают массу</translation>
    </message>
    <message>
        <source>balance {balance} was read on port &apos;{port}&apos;, not on its registered port &apos;{registered}&apos;: connect it on that port (an admin changes the port in the register)</source>
        <translation>весы {balance} прочитаны на порту «{port}», а не на зарегистрированном порту «{registered}»: подключите их к этому порту (администратор меняет порт в реестре)</translation>
    </message>
    <message>
        <source>capture the weight from the balance again</source>
        <translation>снимите массу с весов снова</translation>
    </message>
    <message>
        <source>the capture&apos;s time &apos;{time}&apos; is not a time in UTC: {again}</source>
        <translation>время снятия «{time}» — не время в UTC: {again}</translation>
    </message>
    <message>
        <source>the weight was captured more than 10 minutes ago: {again}</source>
        <translation>масса снята более 10 минут назад: {again}</translation>
    </message>
    <message>
        <source>the capture&apos;s time {time} is ahead of this computer&apos;s clock: check the workstation&apos;s clock and {again}</source>
        <translation>время снятия {time} опережает часы этого компьютера: проверьте часы рабочего места и {again}</translation>
    </message>
    <message>
        <source>the raw line &apos;{raw}&apos; is not a reading balance {balance} sends ({protocol}): {again}</source>
        <translation>исходная строка «{raw}» — не показание, которое отправляют весы {balance} ({protocol}): {again}</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s raw line is refused: {refusal}</source>
        <translation>исходная строка весов {balance} отклонена: {refusal}</translation>
    </message>
    <message>
        <source>the balance marks its last digit as not verified: &apos;{raw}&apos;; balance {balance} is verified for trade, so set it to show verified digits only (or an admin marks it not verified)</source>
        <translation>весы отмечают последний разряд как неповеренный: «{raw}»; весы {balance} поверены для торговли, поэтому настройте их показывать только поверенные разряды (или администратор отметит их как неповеренные)</translation>
    </message>
    <message>
        <source>the reading &apos;{reading}&apos; does not agree with the line balance {balance} sent (&apos;{raw}&apos;): {again}</source>
        <translation>показание «{reading}» не совпадает со строкой, отправленной весами {balance} («{raw}»): {again}</translation>
    </message>
    <message>
        <source>the reading captured off balance {balance} (&apos;{reading}&apos;) is not {ct} ct: {again}</source>
        <translation>показание, снятое с весов {balance} («{reading}»), не равно {ct} кар: {again}</translation>
    </message>
    <message>
        <source>this reading off balance {balance} is recorded already (one reading is one weight): capture the weight again</source>
        <translation>это показание весов {balance} уже записано (одно показание — одна масса): снимите массу снова</translation>
    </message>
    <message>
        <source>{ct} ct is below balance {balance}&apos;s minimum load of {min} ct: weigh it on a finer balance, or together with more goods</source>
        <translation>{ct} кар меньше наименьшего предела взвешивания весов {balance} ({min} кар): взвесьте на более точных весах или вместе с другим товаром</translation>
    </message>
    <message>
        <source>{ct} ct is above balance {balance}&apos;s maximum load of {max} ct: weigh it in portions</source>
        <translation>{ct} кар больше наибольшего предела взвешивания весов {balance} ({max} кар): взвешивайте частями</translation>
    </message>
    <message>
        <source>balance {balance} is retired: it captures nothing</source>
        <translation>весы {balance} выведены из эксплуатации: с них ничего не снимается</translation>
    </message>
    <message>
        <source>balance {balance} has no calibration recorded: an admin records it before it captures</source>
        <translation>у весов {balance} не записана калибровка: администратор записывает её, прежде чем с весов снимают массу</translation>
    </message>
    <message>
        <source>balance {balance}&apos;s calibration was due on {due}: capture is blocked until an admin records its new calibration</source>
        <translation>калибровка весов {balance} требовалась {due}: снятие заблокировано, пока администратор не запишет новую калибровку</translation>
    </message>
    <message>
        <source>balance {balance} has not been checked today ({today}): check it with the reference weight before capturing</source>
        <translation>весы {balance} сегодня ({today}) не проверялись: проверьте их эталонной гирей перед снятием</translation>
    </message>
    <message>
        <source>balance {balance} FAILED its check today ({read} ct against {nominal} ct): check it again with the reference weight before capturing</source>
        <translation>весы {balance} НЕ ПРОШЛИ проверку сегодня ({read} кар против {nominal} кар): проверьте их снова эталонной гирей перед снятием</translation>
    </message>
    <message>
        <source>balance &apos;{balance}&apos; is not in the register: an admin registers it</source>
        <translation>весов «{balance}» нет в реестре: администратор вносит их в реестр</translation>
    </message>
    <message>
        <source>balance {balance} may capture</source>
        <translation>с весов {balance} можно снимать массу</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: weights read from a file were not weighed on this site&apos;s balance, so the file is not imported; record the entries with the weights captured from the balance (an admin may allow typed weights: Settings, &apos;Weights may be typed by hand&apos;)</source>
        <translation>этот объект принимает массу только с весов: масса, прочитанная из файла, не взвешена на весах этого объекта, поэтому файл не импортирован; запишите записи с массой, снятой с весов (администратор может разрешить ввод массы вручную: «Настройки», «Разрешён ручной ввод массы»)</translation>
    </message>
    <message>
        <source>{code} ({what}, serial {serial})</source>
        <translation>{code} ({what}, зав. № {serial})</translation>
    </message>
    <message>
        <source>{code} (serial {serial})</source>
        <translation>{code} (зав. № {serial})</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <translation>весы {balance}</translation>
    </message>
    <message>
        <source>{balance}: 1 entry</source>
        <translation>{balance}: 1 запись</translation>
    </message>
    <message>
        <source>{balance}: {n} entries</source>
        <translation>{balance}: записей: {n}</translation>
    </message>
    <message>
        <source>from file {file}: 1 entry</source>
        <translation>из файла {file}: 1 запись</translation>
    </message>
    <message>
        <source>from file {file}: {n} entries</source>
        <translation>из файла {file}: записей: {n}</translation>
    </message>
    <message>
        <source>keyed, not from the balance: 1 entry</source>
        <translation>введено вручную, не с весов: 1 запись</translation>
    </message>
    <message>
        <source>keyed, not from the balance: {n} entries</source>
        <translation>введено вручную, не с весов: записей: {n}</translation>
    </message>
</context>
</TS>

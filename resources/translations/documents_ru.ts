<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>n/c: not counted</source>
        <translation>н/п: не подсчитано</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>stones not counted</source>
        <translation>камни не подсчитаны</translation>
    </message>
    <message>
        <source>n/c</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>{n} stone</source>
        <translation>{n} камень</translation>
    </message>
    <message>
        <source>{n} stones</source>
        <translation>камней: {n}</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} entries counted)</source>
        <translation>{count} (подсчитано в {counted} из {of} записей)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} lines counted)</source>
        <translation>{count} (подсчитано в {counted} из {of} строк)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Камни</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Караты</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/кар</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>parcel {parcel} is not sealed under a KP certificate yet</source>
        <translation>посылка {parcel} ещё не опломбирована под сертификатом КП</translation>
    </message>
    <message>
        <source>KP certificate {cert}: every parcel under it was voided; it has no documents</source>
        <translation>сертификат КП {cert}: все посылки под ним аннулированы; документов у него нет</translation>
    </message>
    <message>
        <source>Parcels and seals</source>
        <translation>Посылки и пломбы</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Пломбы</translation>
    </message>
    <message>
        <source>Return to (exporting authority)</source>
        <translation>Возвратить (экспортирующему органу)</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Номер сертификата КП</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспортёр</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импортёр</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Number of parcels</source>
        <translation>Количество посылок</translation>
    </message>
    <message>
        <source>Carat weight</source>
        <translation>Масса, кар</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Import confirmation - KP certificate {cert}</source>
        <translation>Подтверждение импорта — сертификат КП {cert}</translation>
    </message>
    <message>
        <source>Importing authority (official, signature and stamp)</source>
        <translation>Импортирующий орган (должностное лицо, подпись и печать)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Net weight g</source>
        <translation>Масса нетто, г</translation>
    </message>
    <message>
        <source>Description of goods</source>
        <translation>Описание товара</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Сумма прописью</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Инкотермс</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Условия оплаты</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence</source>
        <translation>Лицензия экспортёра</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number</source>
        <translation>Налоговый номер экспортёра</translation>
    </message>
    <message>
        <source>Importer&apos;s identifiers</source>
        <translation>Идентификаторы импортёра</translation>
    </message>
    <message>
        <source>Number of packages</source>
        <translation>Количество мест</translation>
    </message>
    <message>
        <source>Total carats</source>
        <translation>Всего, кар</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Масса нетто</translation>
    </message>
    <message>
        <source>Port of export</source>
        <translation>Пункт вывоза</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation>Авианакладная</translation>
    </message>
    <message>
        <source>Goods by origin</source>
        <translation>Товар по происхождению</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Инвойс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Seller (exporter)</source>
        <translation>Продавец (экспортёр)</translation>
    </message>
    <message>
        <source>Buyer (importer)</source>
        <translation>Покупатель (импортёр)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Сертификат КП</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Сумма к оплате</translation>
    </message>
    <message>
        <source>Commercial invoice - rough diamonds</source>
        <translation>Коммерческий инвойс — необработанные алмазы</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Goods by HS code</source>
        <translation>Товар по кодам ТН ВЭД</translation>
    </message>
    <message>
        <source>For the seller</source>
        <translation>За продавца</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Страна экспорта</translation>
    </message>
    <message>
        <source>Annex: goods of foreign origin and their KP certificates</source>
        <translation>Приложение: товар иностранного происхождения и его сертификаты КП</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Отправлено из</translation>
    </message>
    <message>
        <source>Kimberley Process certificate data sheet</source>
        <translation>Лист данных сертификата КП</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Annex: constituent origins</source>
        <translation>Приложение: страны происхождения</translation>
    </message>
    <message>
        <source>% of carats</source>
        <translation>% карат</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Экспортирующий орган</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>этикетки: укажите хотя бы одну партию или посылку</translation>
    </message>
    <message>
        <source>parcel {parcel} is void; it has no label</source>
        <translation>посылка {parcel} аннулирована; этикетки у неё нет</translation>
    </message>
    <message>
        <source>PARCEL {number}</source>
        <translation>ПОСЫЛКА {number}</translation>
    </message>
    <message>
        <source>To {destination}, KP {cert}</source>
        <translation>Куда: {destination}, КП {cert}</translation>
    </message>
    <message>
        <source>To {destination}, KP (not sealed)</source>
        <translation>Куда: {destination}, КП (не опломбирована)</translation>
    </message>
    <message>
        <source>{ct} ct, {stones}, origin {origin}</source>
        <translation>{ct} кар, {stones}, происхождение {origin}</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>товар ещё не упакован</translation>
    </message>
    <message>
        <source>Seals {seals}</source>
        <translation>Пломбы {seals}</translation>
    </message>
    <message>
        <source>LOT {number}</source>
        <translation>ПАРТИЯ {number}</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Принята {day}</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>Origin {origin}, mine {mines}</source>
        <translation>Происхождение {origin}, месторождение {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, mines {mines}</source>
        <translation>Происхождение {origin}, месторождения {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, from {supplier}</source>
        <translation>Происхождение {origin}, поставщик {supplier}</translation>
    </message>
    <message>
        <source>Origin {origin}</source>
        <translation>Происхождение {origin}</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} кар</translation>
    </message>
    <message>
        <source>declared {ct} ct</source>
        <translation>заявлено {ct} кар</translation>
    </message>
    <message>
        <source>{weight}, {n} stone</source>
        <translation>{weight}, {n} камень</translation>
    </message>
    <message>
        <source>{weight}, {n} stones</source>
        <translation>{weight}, камней: {n}</translation>
    </message>
    <message>
        <source>1 label, {code}</source>
        <translation>1 этикетка, {code}</translation>
    </message>
    <message>
        <source>{n} labels, first {first}, last {last}</source>
        <translation>этикеток: {n}, первая {first}, последняя {last}</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}; documents are printed for sealed parcels</source>
        <translation>посылка {parcel}: статус {status}; документы печатаются для опломбированных посылок</translation>
    </message>
    <message>
        <source>Value on the certificate</source>
        <translation>Стоимость по сертификату</translation>
    </message>
    <message>
        <source>This parcel&apos;s part of the certificate value</source>
        <translation>Доля посылки в стоимости по сертификату</translation>
    </message>
    <message>
        <source>Issued / expires</source>
        <translation>Выдан / действителен до</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Коды ТН ВЭД</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Упаковал</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Опломбировал</translation>
    </message>
    <message>
        <source>Parcel manifest (packing list)</source>
        <translation>Опись посылки (упаковочный лист)</translation>
    </message>
    <message>
        <source>Contents by category</source>
        <translation>Содержимое по категориям</translation>
    </message>
    <message>
        <source>Provenance: source lots</source>
        <translation>Прослеживаемость: исходные партии</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Упаковщик</translation>
    </message>
    <message>
        <source>Sealer</source>
        <translation>Пломбировщик</translation>
    </message>
    <message>
        <source>{said}; reason: {reason}</source>
        <translation>{said}; причина: {reason}</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>камней: {stones}</translation>
    </message>
    <message>
        <source>lot {lot} is not as its entries recorded it (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>партия {lot} не такая, какой её записали её записи (изменена вне sortapp); ничего не напечатано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>{name}, {at}; recorded {recorded}</source>
        <translation>{name}, {at}; внесено в систему {recorded}</translation>
    </message>
    <message>
        <source>{said}: {ct} ct (was {was} ct)</source>
        <translation>{said}: {ct} кар (было {was} кар)</translation>
    </message>
    <message>
        <source>{said}: {ct} ct, {stones} (was {was} ct, {was_stones})</source>
        <translation>{said}: {ct} кар, {stones} (было {was} кар, {was_stones})</translation>
    </message>
    <message>
        <source>{name}, {at}: {kind} {ct} ct</source>
        <translation>{name}, {at}: {kind} {ct} кар</translation>
    </message>
    <message>
        <source>{name} (1 entry)</source>
        <translation>{name} (1 запись)</translation>
    </message>
    <message>
        <source>{name} ({n} entries)</source>
        <translation>{name} (записей: {n})</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Получено от</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Месторождения</translation>
    </message>
    <message>
        <source>Declared carats</source>
        <translation>Заявлено, кар</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>не заявлено</translation>
    </message>
    <message>
        <source>Weighed carats</source>
        <translation>Взвешено, кар</translation>
    </message>
    <message>
        <source>not yet weighed</source>
        <translation>ещё не взвешено</translation>
    </message>
    <message>
        <source>Weighed on</source>
        <translation>Взвешено на</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>Входящий сертификат КП</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Заявленная стоимость</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Weighed by</source>
        <translation>Взвесил</translation>
    </message>
    <message>
        <source>Weighed again by</source>
        <translation>Повторно взвесил</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <source>Lot receipt</source>
        <translation>Акт приёмки партии</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct</source>
        <translation>{ct} кар ({pct} %), допуск {tol} кар</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, acknowledged</source>
        <translation>{ct} кар ({pct} %), допуск {tol} кар, СВЕРХ ДОПУСКА, подтверждено</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, to be acknowledged</source>
        <translation>{ct} кар ({pct} %), допуск {tol} кар, СВЕРХ ДОПУСКА, требует подтверждения</translation>
    </message>
    <message>
        <source>SORTED</source>
        <translation>РАССОРТИРОВАНО</translation>
    </message>
    <message>
        <source>Received (weighed)</source>
        <translation>Принято (взвешено)</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>Рассортировано</translation>
    </message>
    <message>
        <source>Loss: {kind}</source>
        <translation>Потеря: {kind}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Расхождение массы</translation>
    </message>
    <message>
        <source>acknowledged by {who}</source>
        <translation>подтвердил {who}</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>{recorded} recorded; {standing} of them sorted goods that stand (losses and corrections are the others)</source>
        <translation>записано: {recorded}; из них действующих записей рассортированного товара: {standing} (остальные — потери и исправления)</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Сортировал</translation>
    </message>
    <message>
        <source>Loss recorded by</source>
        <translation>Потерю записал</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Закрыл</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>В пределах допуска</translation>
    </message>
    <message>
        <source>no (difference accepted)</source>
        <translation>нет (расхождение принято)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Difference accepted by</source>
        <translation>Расхождение принял</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, the lot is still being sorted</source>
        <translation>ещё нет: ПРЕДВАРИТЕЛЬНЫЙ, партия ещё сортируется</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, its sorting has not started</source>
        <translation>ещё нет: ПРЕДВАРИТЕЛЬНЫЙ, сортировка партии не начата</translation>
    </message>
    <message>
        <source>Sorting reconciliation report (PROVISIONAL)</source>
        <translation>Отчёт о сверке сортировки (ПРЕДВАРИТЕЛЬНЫЙ)</translation>
    </message>
    <message>
        <source>Sorting reconciliation report</source>
        <translation>Отчёт о сверке сортировки</translation>
    </message>
    <message>
        <source>Sorted by category</source>
        <translation>Рассортировано по категориям</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stones by size class</source>
        <translation>Камни по размерно-весовым группам</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>PROVISIONAL</source>
        <translation>ПРЕДВАРИТЕЛЬНЫЙ</translation>
    </message>
    <message>
        <source>awaiting weighing (PROVISIONAL)</source>
        <translation>ожидает взвешивания (ПРЕДВАРИТЕЛЬНЫЙ)</translation>
    </message>
    <message>
        <source>received, sorting not started (PROVISIONAL)</source>
        <translation>принята, сортировка не начата (ПРЕДВАРИТЕЛЬНЫЙ)</translation>
    </message>
    <message>
        <source>being sorted (PROVISIONAL)</source>
        <translation>в сортировке (ПРЕДВАРИТЕЛЬНЫЙ)</translation>
    </message>
    <message>
        <source>closed (sorting finished)</source>
        <translation>закрыта (сортировка завершена)</translation>
    </message>
    <message>
        <source>Not yet sorted (received - sorted - losses)</source>
        <translation>Ещё не рассортировано (принято - рассортировано - потери)</translation>
    </message>
    <message>
        <source>Difference (received - sorted - losses)</source>
        <translation>Расхождение (принято - рассортировано - потери)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>{n} not yet sorted</source>
        <translation>{n} ещё не рассортировано</translation>
    </message>
    <message>
        <source>none: received not counted</source>
        <translation>нет: принятые не подсчитаны</translation>
    </message>
    <message>
        <source>none: nothing sorted yet</source>
        <translation>нет: ещё ничего не рассортировано</translation>
    </message>
    <message>
        <source>none: not every size counted</source>
        <translation>нет: есть неподсчитанные РВГ</translation>
    </message>
    <message>
        <source>Whole lot</source>
        <translation>Вся партия</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>For the importing authority: stamp</source>
        <translation>Для импортирующего органа: печать</translation>
    </message>
    <message>
        <source>Name, date</source>
        <translation>Ф. И. О., дата</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Name, organisation</source>
        <translation>Ф. И. О., организация</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Parcel {number}: exporter&apos;s values by category</source>
        <translation>Посылка {number}: стоимость экспортёра по категориям</translation>
    </message>
    <message>
        <source>Parcel {number}: valuations</source>
        <translation>Посылка {number}: оценки</translation>
    </message>
    <message>
        <source>Certificate value</source>
        <translation>Стоимость по сертификату</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>Exporter&apos;s valuer</source>
        <translation>Оценщик экспортёра</translation>
    </message>
    <message>
        <source>Government diamond valuer</source>
        <translation>Государственный оценщик алмазов</translation>
    </message>
    <message>
        <source>Independent valuer</source>
        <translation>Независимый оценщик</translation>
    </message>
    <message>
        <source>label {code}: its barcode needs {need} mm at the narrowest module a scanner reads ({module} mm, {narrowest} dots at {dpi} dpi) and the label has {have} mm; give it a shorter number</source>
        <translation>этикетка {code}: штрихкоду нужно {need} мм при самом узком модуле, который читает сканер ({module} мм, {narrowest} точек при {dpi} dpi), а на этикетке {have} мм; дайте более короткий номер</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>КОПИЯ {n}</translation>
    </message>
    <message>
        <source>Label stock: {name}</source>
        <translation>Лист этикеток: {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint} - audit log up to {chain}</source>
        <translation>{named} — отпечаток {fingerprint} — журнал аудита до {chain}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint}</source>
        <translation>{named} — отпечаток {fingerprint}</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ОРИГИНАЛ</translation>
    </message>
    <message>
        <source>VERSION {n}</source>
        <translation>РЕДАКЦИЯ {n}</translation>
    </message>
    <message>
        <source>{named} (continued)</source>
        <translation>{named} (продолжение)</translation>
    </message>
    <message>
        <source>Printed by {name} on {when}</source>
        <translation>Напечатал {name}, {when}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>не удаётся записать {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation>нельзя записать {path}: PDF получился пустым</translation>
    </message>
    <message>
        <source>barcode: &apos;{text}&apos; must be printable ASCII</source>
        <translation>штрихкод: «{text}» должен состоять из печатных символов ASCII</translation>
    </message>
    <message>
        <source>{kind}: name exactly one lot, parcel or certificate</source>
        <translation>{kind}: укажите ровно одну партию, посылку или сертификат</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a document; use one of {kinds}</source>
        <translation>«{kind}» — не документ; используйте один из: {kinds}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <extracomment>Nothing shown is current: everything is read when the page is next shown. What changed while the page was hidden, brought in when it is next shown.</extracomment>
        <translation>На странице «{page}» нечего печатать.</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>The areas of work, in Go-menu order (the index is what the window stores per user).</extracomment>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Запас</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Search object or details (Ctrl+Shift+F)</source>
        <translation>Поиск по объекту или сведениям (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>Цепочка в этом сеансе ещё не проверялась.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Time ({tz})</source>
        <translation>Время ({tz})</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект записи</translation>
    </message>
    <message>
        <source>Details (as recorded)</source>
        <translation>Сведения (как записаны)</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>все действия</translation>
    </message>
    <message>
        <source>Verifying now: the result comes below</source>
        <translation>Идёт проверка: результат появится ниже</translation>
    </message>
    <message>
        <source>Verifying the audit chain, the ledger and the file...</source>
        <translation>Проверка цепочки аудита, книги учёта и файла...</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Проверка...</translation>
    </message>
    <message>
        <source>Verified: OK ({counts}).</source>
        <translation>Проверено: всё в порядке ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems. {problems}</source>
        <translation>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблема. {problems}</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблемы. {problems}</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблем. {problems}</numerusform>
        </translation>
    </message>
    <message>
        <source>{said} Note: {notes}.</source>
        <translation>{said} Примечание: {notes}.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Verify could not run.</source>
        <translation>Проверку не удалось выполнить.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>Движения (книга учёта)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>The KP statistics&apos; columns (headings marked: shown through ``marked``).</extracomment>
        <translation>Направление</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Караты</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>exports</source>
        <extracomment>The KP statistics&apos; directions, as a row and the totals name them.</extracomment>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>KP statistics</source>
        <translation>Статистика КП</translation>
    </message>
    <message>
        <source>Lot reconciliation</source>
        <translation>Сверка партии</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Происхождение товара</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Экспорт в CSV...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}</source>
        <translation>{direction}: {ct} кар, {usd} USD, {parcels}, {certificates}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n посылка</numerusform>
            <numerusform>%n посылки</numerusform>
            <numerusform>%n посылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n сертификат</numerusform>
            <numerusform>%n сертификата</numerusform>
            <numerusform>%n сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals {parts}</source>
        <translation>Итого: {parts}</translation>
    </message>
    <message>
        <source>lot number, Enter</source>
        <translation>номер партии, Enter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Камни</translation>
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
        <source>not counted</source>
        <translation>не подсчитаны</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>lot number: where did it go?</source>
        <translation>номер партии: куда она ушла?</translation>
    </message>
    <message>
        <source>parcel number: where did it come from?</source>
        <translation>номер посылки: откуда она?</translation>
    </message>
    <message>
        <source>or parcel</source>
        <translation>или посылка</translation>
    </message>
    <message>
        <source>Lot / parcel / place</source>
        <translation>Партия / посылка / место</translation>
    </message>
    <message>
        <source>Origin / status</source>
        <translation>Происхождение / статус</translation>
    </message>
    <message>
        <source>Lot {lot} (origin {origin}): where its carats are</source>
        <translation>Партия {lot} (происхождение {origin}): где её караты</translation>
    </message>
    <message>
        <source>parcel {parcel}</source>
        <translation>посылка {parcel}</translation>
    </message>
    <message>
        <source>Parcel {parcel} (origin {origin}): its lots</source>
        <translation>Посылка {parcel} (происхождение {origin}): её партии</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>партия {lot}</translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Сначала выполните отчёт: экспортировать нечего.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>не удаётся записать {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>Экспортирована %n строка в {path}.</numerusform>
            <numerusform>Экспортировано %n строки в {path}.</numerusform>
            <numerusform>Экспортировано %n строк в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Origins of the selected category</source>
        <translation>Происхождение выбранной категории</translation>
    </message>
    <message>
        <source>Filter by lot, parcel or ledger number</source>
        <translation>Фильтр по партии, посылке или номеру проводки</translation>
    </message>
    <message>
        <source>Posted ({tz})</source>
        <translation>Проведено ({tz})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потеря</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> (учтено {counted} из {lines} строк партий)</translation>
    </message>
    <message>
        <source>On hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>В наличии: {ct} кар, {stones}{of_them}, {usd} USD по сегодняшнему прейскуранту, {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n stones counted</source>
        <translation>
            <numerusform>учтён %n камень</numerusform>
            <numerusform>учтено %n камня</numerusform>
            <numerusform>учтено %n камней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>в %n категории</numerusform>
            <numerusform>в %n категориях</numerusform>
            <numerusform>в %n категориях</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a category to see its origins</source>
        <translation>Выберите категорию, чтобы увидеть её происхождение</translation>
    </message>
    <message>
        <source>Origins of {category}</source>
        <translation>Происхождение {category}</translation>
    </message>
</context>
</TS>

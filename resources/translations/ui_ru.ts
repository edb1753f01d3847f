<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>по умолчанию libpq (prefer)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: шифрование, проверяются сертификат и имя сервера</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca: шифрование, проверяется сертификат сервера</translation>
    </message>
    <message>
        <source>require: encrypted, the certificate not checked</source>
        <translation>require: шифрование, сертификат не проверяется</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: без шифрования</translation>
    </message>
    <message>
        <source>given on the command line (--db)</source>
        <translation>задан в командной строке (--db)</translation>
    </message>
    <message>
        <source>named by SORTAPP_DB</source>
        <translation>задан в SORTAPP_DB</translation>
    </message>
    <message>
        <source>named by the machine configuration file {config}</source>
        <translation>задан в файле конфигурации компьютера {config}</translation>
    </message>
    <message>
        <source>the default: no server is configured</source>
        <translation>по умолчанию: сервер не настроен</translation>
    </message>
    <message>
        <source>This workstation uses the facility server {where} ({named}).</source>
        <translation>Это рабочее место использует сервер предприятия {where} ({named}).</translation>
    </message>
    <message>
        <source>This workstation uses the database file {where} ({named}).</source>
        <translation>Это рабочее место использует файл базы данных {where} ({named}).</translation>
    </message>
    <message>
        <source>Connect this workstation to the facility server</source>
        <translation>Подключить рабочее место к серверу предприятия</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Хост сервера</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Your sortapp user</source>
        <translation>Ваш пользователь sortapp</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>You sign in to the server as your own sortapp user, who must be an admin there; no password is saved. Saving writes the machine configuration file {config}: sortapp opens the server at its next start, for everyone at this workstation.</source>
        <translation>Вы входите на сервер под своим пользователем sortapp, который должен быть там администратором; пароль не сохраняется. При сохранении записывается файл конфигурации компьютера {config}: при следующем запуске sortapp откроет сервер для всех на этом рабочем месте.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Save for the next start</source>
        <translation>Сохранить для следующего запуска</translation>
    </message>
    <message>
        <source>Testing {where}...</source>
        <translation>Проверка {where}...</translation>
    </message>
    <message>
        <source>Connected to {where}: signed in as {user} ({role}). Save it for this workstation&apos;s next start.</source>
        <translation>Подключено к {where}: вход выполнен как {user} ({role}). Сохраните для следующего запуска этого рабочего места.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens {where} at its next start on this workstation.</source>
        <translation>Сохранено в {path}: при следующем запуске на этом рабочем месте sortapp откроет {where}.</translation>
    </message>
    <message>
        <source>Testing {where} and saving...</source>
        <translation>Проверка {where} и сохранение...</translation>
    </message>
    <message>
        <source>This workstation cannot write {path}; nothing was changed. Ask IT to deploy that file with this content:

{content}</source>
        <translation>Это рабочее место не может записать {path}; ничего не изменено. Попросите ИТ-службу разместить этот файл со следующим содержимым:

{content}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <source>the workstation is locked: sign in first</source>
        <translation>рабочее место заблокировано: сначала войдите</translation>
    </message>
    <message>
        <source>The facility server cannot be reached; nothing was written</source>
        <translation>Сервер предприятия недоступен; ничего не записано</translation>
    </message>
    <message>
        <source>The facility server could not be reached as your action was being recorded; whether it was is said when the server is back</source>
        <translation>Сервер предприятия стал недоступен во время записи вашего действия; записано ли оно, станет известно, когда сервер вернётся</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of this damaged database: what is in it is not shown. An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>SQLite не может прочитать часть этой повреждённой базы: её содержимое не показано. Администратор восстанавливает поверх неё последнюю исправную резервную копию: Файл, Восстановить из копии...</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Идёт восстановление из резервной копии; повторите, когда оно завершится.</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be written to it</source>
        <translation>База данных открыта только для чтения: в неё ничего нельзя записать</translation>
    </message>
    <message>
        <source>The facility server {where} is back; you can work again.</source>
        <translation>Сервер предприятия {where} снова доступен; можно продолжать работу.</translation>
    </message>
    <message>
        <source>your last action</source>
        <translation>ваше последнее действие</translation>
    </message>
    <message>
        <source>The facility server is back. Recorded: {what}.</source>
        <translation>Сервер предприятия снова доступен. Записано: {what}.</translation>
    </message>
    <message>
        <source>The facility server is back. Not recorded: {what}; do it again.</source>
        <translation>Сервер предприятия снова доступен. Не записано: {what}; повторите действие.</translation>
    </message>
    <message>
        <source>{names}: {why}.</source>
        <translation>{names}: {why}.</translation>
    </message>
    <message>
        <source>Facility server: {where}</source>
        <translation>Сервер предприятия: {where}</translation>
    </message>
    <message>
        <source>Database file: {where}</source>
        <translation>Файл базы данных: {where}</translation>
    </message>
    <message>
        <source>Schema version: {schema}</source>
        <translation>Версия схемы: {schema}</translation>
    </message>
    <message>
        <source>Schema version: {schema} (this sortapp: {code_schema})</source>
        <translation>Версия схемы: {schema} (в этой версии sortapp: {code_schema})</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <source>Inventory for rough-diamond sorting facilities.</source>
        <translation>Учёт для предприятий по сортировке необработанных алмазов.</translation>
    </message>
    <message>
        <source>Last written by: {writer}</source>
        <translation>Последняя запись: {writer}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Why is it disabled</source>
        <translation>Почему недоступно</translation>
    </message>
    <message>
        <source>About sortapp</source>
        <translation>О программе sortapp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>The selected entry&apos;s details, as recorded.</source>
        <translation>Подробности выбранной записи, как они записаны.</translation>
    </message>
    <message>
        <source>{sentence}

As recorded: {uid} {at} {action} {object}
{details}</source>
        <translation>{sentence}

Как записано: {uid} {at} {action} {object}
{details}</translation>
    </message>
    <message>
        <source>Select a parcel to see its history first.</source>
        <translation>Сначала выберите посылку, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>Select a lot to see its history first.</source>
        <translation>Сначала выберите партию, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>History of parcel {number}</source>
        <translation>История посылки {number}</translation>
    </message>
    <message>
        <source>History of lot {number}</source>
        <translation>История партии {number}</translation>
    </message>
    <message>
        <source>History of this parcel...</source>
        <translation>История этой посылки...</translation>
    </message>
    <message>
        <source>History of this lot...</source>
        <translation>История этой партии...</translation>
    </message>
    <message numerus="yes">
        <source>{bad} of %n rows are bad; nothing was imported. Mend the file and import it again.</source>
        <translation>
            <numerusform>Строк с ошибками: {bad} из %n; ничего не импортировано. Исправьте файл и импортируйте его снова.</numerusform>
            <numerusform>Строк с ошибками: {bad} из %n; ничего не импортировано. Исправьте файл и импортируйте его снова.</numerusform>
            <numerusform>Строк с ошибками: {bad} из %n; ничего не импортировано. Исправьте файл и импортируйте его снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {file}; nothing imported.</source>
        <translation>
            <numerusform>%n строка с ошибкой в {file}; ничего не импортировано.</numerusform>
            <numerusform>%n строки с ошибками в {file}; ничего не импортировано.</numerusform>
            <numerusform>%n строк с ошибками в {file}; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are good. Import them now?</source>
        <translation>
            <numerusform>Все строки (%n) в порядке. Импортировать их сейчас?</numerusform>
            <numerusform>Все строки (%n) в порядке. Импортировать их сейчас?</numerusform>
            <numerusform>Все строки (%n) в порядке. Импортировать их сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Импорт {file}...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from {file}.</source>
        <translation>
            <numerusform>Импортирована %n строка из {file}.</numerusform>
            <numerusform>Импортировано %n строки из {file}.</numerusform>
            <numerusform>Импортировано %n строк из {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}: {warning}.</source>
        <translation>Строка {line}: {warning}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file warn of what they change (each below).</source>
        <translation>
            <numerusform>%n строка файла предупреждает о том, что она меняет (ниже).</numerusform>
            <numerusform>%n строки файла предупреждают о том, что они меняют (каждая ниже).</numerusform>
            <numerusform>%n строк файла предупреждают о том, что они меняют (каждая ниже).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Проверка {file}...</translation>
    </message>
    <message>
        <source>Export transfer file</source>
        <translation>Экспорт файла передачи</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer)</source>
        <translation>Файлы передачи sortapp (*.sortapp-transfer)</translation>
    </message>
    <message>
        <source>Address the transfer file</source>
        <translation>Адресат файла передачи</translation>
    </message>
    <message>
        <source>Receiving site code (blank: any site)</source>
        <translation>Код объекта-получателя (пусто: любой объект)</translation>
    </message>
    <message>
        <source>Transfer file written: {path} (fingerprint {digest}).</source>
        <translation>Файл передачи записан: {path} (отпечаток {digest}).</translation>
    </message>
    <message>
        <source>Import transfer file</source>
        <translation>Импорт файла передачи</translation>
    </message>
    <message>
        <source>sortapp transfer files (*.sortapp-transfer *.json)</source>
        <translation>Файлы передачи sortapp (*.sortapp-transfer *.json)</translation>
    </message>
    <message>
        <source>{why}: {path} was not imported.</source>
        <translation>{why}: {path} не импортирован.</translation>
    </message>
    <message>
        <source>Accept this one file?</source>
        <translation>Принять этот один файл?</translation>
    </message>
    <message>
        <source>{problem}.

The file: parcel {parcel} from {sender} ({name}), {ct} ct, fingerprint {fingerprint}.

To accept this file anyway, give the reason (audited)</source>
        <translation>{problem}.

Файл: посылка {parcel} от {sender} ({name}), {ct} кар, отпечаток {fingerprint}.

Чтобы всё же принять этот файл, укажите причину (записывается в журнал аудита)</translation>
    </message>
    <message>
        <source>Imported {file} as lot {lot}, awaiting weighing.</source>
        <translation>{file} импортирован как партия {lot}, ожидающая взвешивания.</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>Входящий сертификат КП</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Parcel {parcel} from {sender} was shipped from {country}, and the file names no KP certificate. Goods from another country are received under theirs: type the number of the certificate that came with them.</source>
        <translation>Посылка {parcel} от {sender} отправлена из {country}, а в файле не указан сертификат КП. Товар из другой страны принимается по его сертификату: введите номер сертификата, пришедшего с ним.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Any user of this site may sign in. When another user signs in, the previous user&apos;s open forms and dialogs are closed.</source>
        <translation>Войти может любой пользователь этого объекта. Когда входит другой пользователь, открытые формы и диалоги предыдущего закрываются.</translation>
    </message>
    <message>
        <source>The facility server {where} cannot be reached. Nothing can be changed until it is back; what is on screen can still be read. sortapp reconnects by itself (next try in {seconds} s).</source>
        <translation>Сервер предприятия {where} недоступен. Пока он не вернётся, ничего нельзя изменить; то, что на экране, можно читать. sortapp переподключится сам (следующая попытка через {seconds} с).</translation>
    </message>
    <message>
        <source>The facility server {where} refused {user}&apos;s sign-in: the password was changed, or the user was removed or made inactive. sortapp stopped trying; sign in again to continue.</source>
        <translation>Сервер предприятия {where} отклонил вход пользователя {user}: пароль изменён либо пользователь удалён или деактивирован. sortapp прекратил попытки; войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>Supervisors and admins keep the register of importers</source>
        <translation>Реестр импортёров ведут старшие смены и администраторы</translation>
    </message>
    <message>
        <source>Importers</source>
        <translation>Импортёры</translation>
    </message>
    <message>
        <source>The register of importers: a parcel whose importer has a registered name gets the party&apos;s full address, country and identifiers on its commercial invoice and KP certificate data sheet.</source>
        <translation>Реестр импортёров: посылка, импортёр которой записан в реестре под своим именем, получает его полный адрес, страну и идентификаторы в коммерческом инвойсе и листе данных сертификата КП.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Налоговый номер</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Порт назначения</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Добавить...</translation>
    </message>
    <message>
        <source>Add an importer to the register</source>
        <translation>Добавить импортёра в реестр</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <source>Change the selected importer&apos;s address or identifiers</source>
        <translation>Изменить адрес или идентификаторы выбранного импортёра</translation>
    </message>
    <message>
        <source>Select an importer to see it in full.</source>
        <translation>Выберите импортёра, чтобы увидеть его полностью.</translation>
    </message>
    <message>
        <source>Select an importer first</source>
        <translation>Сначала выберите импортёра</translation>
    </message>
    <message>
        <source>Importer {name} changed in the register.</source>
        <translation>Импортёр {name} изменён в реестре.</translation>
    </message>
    <message>
        <source>Importer {name} added to the register.</source>
        <translation>Импортёр {name} добавлен в реестр.</translation>
    </message>
    <message>
        <source>{name}, {address}, {country}; tax number {tax_number}; licence {licence}; port {port}</source>
        <translation>{name}, {address}, {country}; налоговый номер {tax_number}; лицензия {licence}; порт {port}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({pages}, COPY {copy}).</source>
        <translation>Сохранено: {path} ({pages}, КОПИЯ {copy}).</translation>
    </message>
    <message>
        <source>Saved {path} ({pages}).</source>
        <translation>Сохранено: {path} ({pages}).</translation>
    </message>
    <message>
        <source>Printed {title} {number}.</source>
        <translation>Напечатано: {title} {number}.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} кар</translation>
    </message>
    <message numerus="yes">
        <source>{goods}, %n stones</source>
        <translation>
            <numerusform>{goods}, %n камень</numerusform>
            <numerusform>{goods}, %n камня</numerusform>
            <numerusform>{goods}, %n камней</numerusform>
        </translation>
    </message>
    <message>
        <source>{ct} ct, {stones}</source>
        <translation>{ct} кар, {stones}</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} into {category} (lot {lot}).</source>
        <translation>Запись {uid}: {goods} в {category} (партия {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid}: {goods} lost to {kind} (lot {lot}).</source>
        <translation>Запись {uid}: потери {goods} ({kind}, партия {lot}).</translation>
    </message>
    <message>
        <source>Entry {uid} reversed: {goods} of {what} taken out by entry {by}.</source>
        <translation>Запись {uid} сторнирована: {goods} ({what}) изъято записью {by}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>lot, parcel, certificate or label number (Ctrl+F), Enter</source>
        <translation>№ партии, посылки, сертификата или этикетки (Ctrl+F), Enter</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Название предприятия</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Орган КП</translation>
    </message>
    <message>
        <source>KP authority&apos;s address</source>
        <translation>Адрес органа КП</translation>
    </message>
    <message>
        <source>Printed on the import-confirmation slip the importing authority sends back.</source>
        <translation>Печатается на бланке подтверждения импорта, который возвращает импортирующий орган.</translation>
    </message>
    <message>
        <source>Exporter on certificates</source>
        <translation>Экспортёр в сертификатах</translation>
    </message>
    <message>
        <source>Sorting tolerance (ct)</source>
        <translation>Допуск сортировки (кар)</translation>
    </message>
    <message>
        <source>A sorted lot may differ from its received weight by the larger of these two.</source>
        <translation>Масса рассортированной партии может отличаться от принятой на большее из этих двух значений.</translation>
    </message>
    <message>
        <source>Sorting tolerance (% of the lot)</source>
        <translation>Допуск сортировки (% партии)</translation>
    </message>
    <message>
        <source>Weighing tolerance (ct)</source>
        <translation>Допуск взвешивания (кар)</translation>
    </message>
    <message>
        <source>A lot weighed on arrival may differ from its declared weight by the larger of these two.</source>
        <translation>Масса партии при взвешивании на приёмке может отличаться от заявленной на большее из этих двух значений.</translation>
    </message>
    <message>
        <source>Weighing tolerance (% of declared)</source>
        <translation>Допуск взвешивания (% заявленной)</translation>
    </message>
    <message>
        <source>KP certificates valid for (days)</source>
        <translation>Срок действия сертификатов КП (дней)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>Value on the KP certificate</source>
        <translation>Стоимость в сертификате КП</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Times are shown in this zone; type to search.</source>
        <translation>Время показывается в этом поясе; введите текст для поиска.</translation>
    </message>
    <message>
        <source>WDC warranty statement on invoices</source>
        <translation>Гарантийное заявление WDC в инвойсах</translation>
    </message>
    <message>
        <source>Paper for printed documents</source>
        <translation>Бумага для печатных документов</translation>
    </message>
    <message>
        <source>Documents are laid out on this sheet (Letter: North American sites).</source>
        <translation>Документы размещаются на этом листе (Letter: объекты в Северной Америке).</translation>
    </message>
    <message>
        <source>Site language (printed documents)</source>
        <translation>Язык объекта (печатные документы)</translation>
    </message>
    <message>
        <source>Receipts, reconciliation reports and labels are printed in it; the KP data sheet, invoice, manifest and valuation sheet stay in English.</source>
        <translation>На нём печатаются акты приёмки, отчёты о сверке и этикетки; лист данных сертификата КП, счёт-фактура, опись и оценочный лист остаются на английском.</translation>
    </message>
    <message>
        <source>Site language beside English headings</source>
        <translation>Двуязычные заголовки документов КП</translation>
    </message>
    <message>
        <source>On: the KP data sheet, invoice, manifest and valuation sheet print the site&apos;s language beside their English headings.</source>
        <translation>Включено: в листе данных сертификата КП, счёте-фактуре, описи и оценочном листе рядом с английскими заголовками печатается язык объекта.</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence number (invoice)</source>
        <translation>Номер лицензии экспортёра (инвойс)</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number (invoice)</source>
        <translation>Налоговый номер экспортёра (инвойс)</translation>
    </message>
    <message>
        <source>Incoterms (invoice)</source>
        <translation>Инкотермс (инвойс)</translation>
    </message>
    <message>
        <source>e.g. FCA Gaborone (Incoterms 2020)</source>
        <translation>напр. FCA Gaborone (Incoterms 2020)</translation>
    </message>
    <message>
        <source>Payment terms (invoice)</source>
        <translation>Условия оплаты (инвойс)</translation>
    </message>
    <message>
        <source>Port of export (invoice)</source>
        <translation>Порт экспорта (инвойс)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Empty: backups/ beside the database.</source>
        <translation>Пусто: backups/ рядом с базой данных.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Число ежедневных копий</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>резервных копий</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Число еженедельных копий</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Число ежемесячных копий</translation>
    </message>
    <message>
        <source>Decimal comma in figures</source>
        <translation>Десятичная запятая в числах</translation>
    </message>
    <message>
        <source>Carats and money are written 12,450 rather than 12.450.</source>
        <translation>Караты и суммы записываются как 12,450, а не 12.450.</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Блокировка после бездействия (мин)</translation>
    </message>
    <message>
        <source>The app locks after this many minutes without keyboard or mouse input (0: never).</source>
        <translation>Программа блокируется после стольких минут без ввода с клавиатуры или мыши (0: никогда).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>Weights may be typed by hand</source>
        <translation>Разрешён ручной ввод массы</translation>
    </message>
    <message>
        <source>Off: every weight is captured from a registered balance (typing is refused).</source>
        <translation>Выкл.: каждая масса снимается с зарегистрированных весов (ручной ввод запрещён).</translation>
    </message>
    <message>
        <source>Daily balance check required</source>
        <translation>Обязательная ежедневная проверка весов</translation>
    </message>
    <message>
        <source>On: a balance captures only after a passing check with a reference weight that day.</source>
        <translation>Вкл.: весы снимают показания только после успешной проверки эталонной гирей в этот день.</translation>
    </message>
    <message>
        <source>The highest of the valuations</source>
        <translation>Наибольшая из оценок</translation>
    </message>
    <message>
        <source>The declared value (price book)</source>
        <translation>Заявленная стоимость (прейскурант)</translation>
    </message>
    <message>
        <source>The government valuator&apos;s value</source>
        <translation>Стоимость по оценке государственного оценщика</translation>
    </message>
    <message>
        <source>The independent valuator&apos;s value</source>
        <translation>Стоимость по оценке независимого оценщика</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Not done: the message shown says why. What you typed is kept.</source>
        <translation>Не выполнено: причина указана в показанном сообщении. Введённое сохранено.</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>караты</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>камни</translation>
    </message>
    <message>
        <source>Nothing was recorded. Press Esc to correct it: what is typed until then is not taken.</source>
        <translation>Ничего не записано. Нажмите Esc, чтобы исправить: всё, что набрано до этого, не принимается.</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>код или название</translation>
    </message>
    <message>
        <source>A category&apos;s code or name, or a part of it: e.g. S5-SAW or &apos;macles&apos;</source>
        <translation>Код или название категории, или их часть: напр. S5-SAW или «маклы»</translation>
    </message>
    <message>
        <source>Type a category&apos;s code or name.</source>
        <translation>Введите код или название категории.</translation>
    </message>
    <message>
        <source>No category matches &apos;{typed}&apos;.</source>
        <translation>Нет категории, подходящей под «{typed}».</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{typed}&apos; matches %n categories: pick one (arrow keys, Enter) or type the whole code.</source>
        <translation>
            <numerusform>Под «{typed}» подходит %n категория: выберите одну (стрелки, Enter) или введите код целиком.</numerusform>
            <numerusform>Под «{typed}» подходят %n категории: выберите одну (стрелки, Enter) или введите код целиком.</numerusform>
            <numerusform>Под «{typed}» подходят %n категорий: выберите одну (стрелки, Enter) или введите код целиком.</numerusform>
        </translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>повтор пароля: пароли не совпадают</translation>
    </message>
    <message>
        <source>current password: wrong password; one more wrong one locks this workstation; nothing was changed</source>
        <translation>текущий пароль: неверный пароль; ещё одна ошибка заблокирует это рабочее место; ничего не изменено</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message numerus="yes">
        <source>The current password was typed wrong %n times. Sign in again.</source>
        <translation>
            <numerusform>Текущий пароль введён неверно %n раз. Войдите снова.</numerusform>
            <numerusform>Текущий пароль введён неверно %n раза. Войдите снова.</numerusform>
            <numerusform>Текущий пароль введён неверно %n раз. Войдите снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of {name} is set; give it to them in person.</source>
        <translation>Пароль пользователя {name} задан; сообщите его лично.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <translation>Заполните поле «Месторождение» или «Поставщик».</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Выберите партию {lot} на странице «Приёмка» и нажмите «Взвесить партию...».</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Старший смены выбирает партию {lot} на странице «Приёмка» и нажимает «Подтвердить расхождение массы...».</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Чтобы изменить, выберите запись в реестре и нажмите «Изменить...».</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>Категории находятся в разделе «Настройки», «Классификатор».</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Администратор указывает уполномоченный орган в разделе «Настройки», «Объект».</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Выберите резервную копию этого объекта.</translation>
    </message>
    <message>
        <source>Restoring it unchecked is the command line&apos;s: sortapp restore FILE --force.</source>
        <translation>Восстановление без этой проверки выполняется из командной строки: sortapp restore ФАЙЛ --force.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Затем нажмите «Проверить сейчас» на странице «Журнал аудита».</translation>
    </message>
    <message>
        <source>Sign in again: File, Lock / switch user (Ctrl+L).</source>
        <translation>Войдите снова: Файл, Заблокировать / сменить пользователя (Ctrl+L).</translation>
    </message>
    <message>
        <source>Close sortapp at the other workstations, then restore again.</source>
        <translation>Закройте sortapp на других рабочих местах, затем повторите восстановление.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Непредвиденная ошибка: {kind}: {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Ничего не записано наполовину. Скопируйте подробности для службы поддержки.</translation>
    </message>
    <message>
        <source>This installation has PySide6 {version}, which loses a reference on every call that returns nothing: after some hours of work the app would stop without warning. Nothing has been opened. Install sortapp&apos;s own bundle, or PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;), and start it again.</source>
        <translation>В этой установке PySide6 {version}, который теряет ссылку при каждом вызове, ничего не возвращающем: через несколько часов работы приложение остановится без предупреждения. Ничего не открыто. Установите собственный пакет sortapp или PySide6 6.11 (pip install &quot;PySide6-Essentials&lt;6.12&quot;) и запустите снова.</translation>
    </message>
    <message>
        <source>password again: the two passwords differ</source>
        <translation>повтор пароля: пароли не совпадают</translation>
    </message>
    <message>
        <source>{why}

{source}

An admin may connect this workstation to another facility server.</source>
        <translation>{why}

{source}

Администратор может подключить эту рабочую станцию к другому серверу предприятия.</translation>
    </message>
    <message>
        <source>{source}

There is no database at {path} yet. Create one on this workstation (a single workstation, or an offline site), or connect it to the facility&apos;s server (an admin of the server signs in).</source>
        <translation>{source}

Базы данных в {path} пока нет. Создайте её на этой рабочей станции (одна станция или объект без сети) или подключите станцию к серверу предприятия (входит администратор сервера).</translation>
    </message>
    <message>
        <source>facility server {where}</source>
        <translation>сервер предприятия {where}</translation>
    </message>
    <message>
        <source>The facility server {where} was not reached: {why}</source>
        <translation>Сервер объекта {where} недоступен: {why}</translation>
    </message>
    <message>
        <source>The facility server keeps this database&apos;s backups (its base backups and WAL archive, set up by IT); a workstation makes none.</source>
        <translation>Резервные копии этой базы хранит сервер предприятия (базовые копии и архив WAL, настроенные ИТ-службой); рабочая станция их не делает.</translation>
    </message>
    <message>
        <source>sortapp - {site} - server {where}</source>
        <translation>sortapp - {site} - сервер {where}</translation>
    </message>
    <message>
        <source>sortapp - {site}</source>
        <translation>sortapp - {site}</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title} [только чтение]</translation>
    </message>
    <message>
        <source>Server: {where}</source>
        <translation>Сервер: {where}</translation>
    </message>
    <message>
        <source>This workstation works on the facility server&apos;s database, signed in as you.</source>
        <translation>Эта станция работает с базой сервера предприятия от вашего имени.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user...</source>
        <translation>&amp;Заблокировать / сменить пользователя...</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Сменить мой пароль...</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Восстановить из копии...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;New (lot, parcel ...)</source>
        <translation>&amp;Создать (партию, посылку ...)</translation>
    </message>
    <message>
        <source>&amp;Find / scan</source>
        <translation>&amp;Найти / сканировать</translation>
    </message>
    <message>
        <source>Search &amp;this page</source>
        <translation>Поиск на &amp;этой странице</translation>
    </message>
    <message>
        <source>C&amp;orrect the entry (sorting)...</source>
        <translation>&amp;Исправить запись (сортировка)...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language: {name}.</source>
        <translation>Язык: {name}.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>&amp;Capture weight from the balance</source>
        <translation>&amp;Снять массу с весов</translation>
    </message>
    <message>
        <source>{page} takes no weight from the balance.</source>
        <translation>{page}: масса с весов здесь не принимается.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>О&amp;бычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Сочетания клавиш...</translation>
    </message>
    <message>
        <source>&amp;Why is it disabled?</source>
        <translation>&amp;Почему недоступно?</translation>
    </message>
    <message>
        <source>&amp;About sortapp...</source>
        <translation>&amp;О программе sortapp...</translation>
    </message>
    <message>
        <source>Nothing is disabled on {page}.</source>
        <translation>На странице «{page}» всё доступно.</translation>
    </message>
    <message>
        <source>On {page}:</source>
        <translation>На странице «{page}»:</translation>
    </message>
    <message>
        <source>Text size {percent} % on this workstation.</source>
        <translation>Размер текста {percent} % на этой станции.</translation>
    </message>
    <message>
        <source>{found}.</source>
        <translation>{found}.</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Обновлено.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Вход: {user} ({role})</translation>
    </message>
    <message>
        <source>Locked at {time}.</source>
        <translation>Заблокировано в {time}.</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>Заблокировано. Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Вы вошли как {user}.</translation>
    </message>
    <message>
        <source>Locked at {time} after {minutes} min without input.</source>
        <translation>Заблокировано в {time} после {minutes} мин без ввода.</translation>
    </message>
    <message>
        <source>A backup is being restored; try again when it is done.</source>
        <translation>Идёт восстановление из резервной копии; повторите, когда оно завершится.</translation>
    </message>
    <message>
        <source>A backup is being made; try again when it is done.</source>
        <translation>Резервная копия уже создаётся; повторите, когда она будет готова.</translation>
    </message>
    <message>
        <source>Restoring {name}: verifying it, and backing up the database it replaces...</source>
        <translation>Восстановление {name}: её проверка и резервное копирование заменяемой базы данных...</translation>
    </message>
    <message>
        <source>Restored {name} over the damaged database, which is kept as {kept}. Sign in to the restored database.</source>
        <translation>Восстановлено из {name} вместо повреждённой базы; она сохранена как {kept}. Войдите в восстановленную базу.</translation>
    </message>
    <message>
        <source>Making a backup and verifying it...</source>
        <translation>Создание резервной копии и её проверка...</translation>
    </message>
    <message>
        <source>Backup {name}: {state}.</source>
        <translation>Резервная копия {name}: {state}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>sortapp backups (*.sortapp-backup)</source>
        <translation>Резервные копии sortapp (*.sortapp-backup)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Восстановлено из {name}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;: add the people who will use sortapp (Settings, Users), set the prices (Settings, Price book), then receive the first lot (Receiving). &lt;a href=&apos;dismiss&apos;&gt;Dismiss&lt;/a&gt;</source>
        <translation>&lt;b&gt;Дальнейшие шаги&lt;/b&gt;: добавьте тех, кто будет работать в sortapp (Настройки, Пользователи), задайте цены (Настройки, Прейскурант), затем примите первую партию (Приёмка). &lt;a href=&apos;dismiss&apos;&gt;Скрыть&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Только чтение: {why}</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing you do here is written to it.</source>
        <translation>База открыта только для чтения: ничего из сделанного здесь в неё не записывается.</translation>
    </message>
    <message>
        <source>{tip} An admin restores the last good backup over it: File, Restore a backup...</source>
        <translation>{tip} Администратор восстанавливает поверх неё последнюю исправную резервную копию: Файл, Восстановить из копии...</translation>
    </message>
    <message>
        <source>a backup of site {site} taken {at} UTC (schema {schema}, {state})</source>
        <translation>резервная копия объекта {site} от {at} UTC (схема {schema}, {state})</translation>
    </message>
    <message>
        <source>a file whose name does not say when it was taken</source>
        <translation>файл, по имени которого не видно, когда он сделан</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path}, which SQLite reports damaged: everything recorded since that backup is no longer in it. The damaged file is kept in the backup folder as it is. Then sign in to the restored database.</source>
        <translation>Восстановить {name}: {taken}.

Она заменит базу {site} в {path}, которую SQLite признал повреждённой: всего, что записано после этой копии, в ней больше не будет. Повреждённый файл сохраняется как есть в папке резервных копий. Затем войдите в восстановленную базу.</translation>
    </message>
    <message>
        <source>Restore {name}: {taken}.

It replaces the database of {site} at {path} as it is now: everything recorded since that backup is no longer in it. The current database is kept as a backup.</source>
        <translation>Восстановить {name}: {taken}.

Она заменит базу {site} в {path} в её нынешнем виде: всего, что записано после этой копии, в ней больше не будет. Текущая база сохраняется как резервная копия.</translation>
    </message>
    <message>
        <source>Automatic backup {name}: {state}.</source>
        <translation>Автоматическая резервная копия {name}: {state}.</translation>
    </message>
    <message>
        <source>Making the daily backup in the background...</source>
        <translation>Ежедневное резервное копирование в фоне...</translation>
    </message>
    <message>
        <source>Making the daily backup...</source>
        <translation>Ежедневное резервное копирование...</translation>
    </message>
    <message>
        <source>The daily backup failed again: {error}</source>
        <translation>Снова не удалось сделать ежедневную резервную копию: {error}</translation>
    </message>
    <message>
        <source>Checking backups...</source>
        <translation>Проверка резервных копий...</translation>
    </message>
    <message>
        <source>The backups&apos; check failed again: {error}</source>
        <translation>Проверка резервных копий снова не удалась: {error}</translation>
    </message>
    <message>
        <source>Quit sortapp</source>
        <translation>Выход из sortapp</translation>
    </message>
    <message>
        <source>Quitting loses what was typed and not recorded: {forms}</source>
        <translation>При выходе будет потеряно введённое и не записанное: {forms}</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Всё равно выйти?</translation>
    </message>
    <message>
        <source>Finishing the work under way before closing...</source>
        <translation>Завершение текущей работы перед закрытием...</translation>
    </message>
    <message>
        <source>Saving a backup before closing...</source>
        <translation>Сохранение резервной копии перед закрытием...</translation>
    </message>
    <message>
        <source>Fill in {field}.</source>
        <translation>Заполните поле «{field}».</translation>
    </message>
    <message>
        <source>{summary}

This cannot be undone. Go ahead?</source>
        <translation>{summary}

Это нельзя отменить. Продолжить?</translation>
    </message>
    <message>
        <source>Sign in - {site}</source>
        <translation>Вход - {site}</translation>
    </message>
    <message>
        <source>Sign in to sortapp.</source>
        <translation>Войдите в sortapp.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Accept the difference</source>
        <translation>Принять расхождение</translation>
    </message>
    <message>
        <source>{summary}.

A supervisor who did not enter the results signs to accept it.</source>
        <translation>{summary}.

Старший смены, не вводивший результаты, подписывает принятие.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>This file is signed by {site} with the key

    {found}

</source>
        <translation>Этот файл подписан {site} ключом

    {found}

</translation>
    </message>
    <message>
        <source>but the key pinned for {site} is {pinned}.

</source>
        <translation>но для {site} закреплён ключ {pinned}.

</translation>
    </message>
    <message>
        <source>Call {site} (or read its printed key sheet) and type the fingerprint they give. Pin it only if it is the one above: a file signed by another key is refused.</source>
        <translation>Позвоните в {site} (или прочтите его распечатанный лист ключа) и введите продиктованный отпечаток. Закрепляйте, только если он совпадает с указанным выше: файл, подписанный другим ключом, отклоняется.</translation>
    </message>
    <message>
        <source>Pin the key of {site}</source>
        <translation>Закрепить ключ {site}</translation>
    </message>
    <message>
        <source>Fingerprint as {site} gives it</source>
        <translation>Отпечаток от {site}</translation>
    </message>
    <message>
        <source>Why the key changed</source>
        <translation>Почему сменился ключ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Код объекта</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Название предприятия</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Экспортирующий орган</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Имя администратора</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>Create the sortapp database</source>
        <translation>Создание базы данных sortapp</translation>
    </message>
    <message>
        <source>No database at {path}. Create the site and its first admin.</source>
        <translation>Базы данных в {path} нет. Создайте объект и его первого администратора.</translation>
    </message>
    <message>
        <source>e.g. KSF</source>
        <translation>напр. KSF</translation>
    </message>
    <message>
        <source>The site code: {rule} (e.g. KSF).</source>
        <translation>Код объекта: {rule} (напр. KSF).</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>выберите страну</translation>
    </message>
    <message>
        <source>sortapp - which database</source>
        <translation>sortapp - какая база данных</translation>
    </message>
    <message>
        <source>Create a database here...</source>
        <translation>Создать базу здесь...</translation>
    </message>
    <message>
        <source>Connect to a facility server...</source>
        <translation>Подключиться к серверу предприятия...</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Опломбировать посылку {parcel}</translation>
    </message>
    <message>
        <source>Parcels sealed under one KP certificate number form one shipment. The expiry follows the issue date + {days} days unless you change it.</source>
        <translation>Посылки, опломбированные под одним номером сертификата КП, образуют одну поставку. Срок действия равен дате выдачи + {days} дн., если вы его не измените.</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Номер сертификата КП</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Номера пломб (через запятую)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Отгрузить посылку {parcel}</translation>
    </message>
    <message>
        <source>Record that parcel {parcel} has left the site. The carrier and air waybill are printed on the commercial invoice.</source>
        <translation>Записать, что посылка {parcel} покинула объект. Перевозчик и авианакладная печатаются в коммерческом инвойсе.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Air waybill number</source>
        <translation>Номер авианакладной</translation>
    </message>
    <message>
        <source>Value parcel {parcel}</source>
        <translation>Оценить посылку {parcel}</translation>
    </message>
    <message>
        <source>The valuation sheet names who valued the parcel, when and under which reference.</source>
        <translation>В оценочном листе указано, кто, когда и под каким номером оценил посылку.</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Valuer&apos;s name</source>
        <translation>Имя оценщика</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Date of valuation</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Remove a packing from parcel {parcel}</source>
        <translation>Изъять вложение из посылки {parcel}</translation>
    </message>
    <message>
        <source>The packing is reversed in the ledger (its goods go back to stock); the packing itself stays on record.</source>
        <translation>Вложение сторнируется в учёте (его товар возвращается в остатки); само вложение остаётся в записях.</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>New export parcel</source>
        <translation>Новая экспортная посылка</translation>
    </message>
    <message>
        <source>Parcel number</source>
        <translation>Номер посылки</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импортёр</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспортёр</translation>
    </message>
    <message>
        <source>Registered importers are offered as you type (Importers... to add one)</source>
        <translation>Зарегистрированные импортёры предлагаются при вводе (Импортёры... — добавить)</translation>
    </message>
    <message>
        <source>Change importer {name}</source>
        <translation>Изменить импортёра {name}</translation>
    </message>
    <message>
        <source>Add an importer</source>
        <translation>Добавить импортёра</translation>
    </message>
    <message>
        <source>The commercial invoice and the KP certificate data sheet of a parcel whose importer has this name print its full address and identifiers.</source>
        <translation>Коммерческий инвойс и лист данных сертификата КП посылки с импортёром под этим именем печатают его полный адрес и реквизиты.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The name the parcels give as importer; it is not changed here</source>
        <translation>Имя импортёра в посылках; здесь оно не меняется</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Tax or VAT number</source>
        <translation>ИНН или номер НДС</translation>
    </message>
    <message>
        <source>Import licence</source>
        <translation>Импортная лицензия</translation>
    </message>
    <message>
        <source>Port of destination</source>
        <translation>Порт назначения</translation>
    </message>
    <message>
        <source>port or airport</source>
        <translation>порт или аэропорт</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>At least {count} characters; not the user name, nor one of the most common passwords. A few unrelated words make a good one.</source>
        <translation>Не менее {count} символов; не имя пользователя и не один из самых распространённых паролей. Хороший пароль — несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Повтор нового пароля</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Signed in as {name}: type your current password, then the new one twice.</source>
        <translation>Вы вошли как {name}: введите текущий пароль, затем дважды новый.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Set the password of {name}</source>
        <translation>Задать пароль пользователя {name}</translation>
    </message>
    <message>
        <source>For a user who forgot theirs: give {name} the new password in person; they can then change it with File, Change my password.</source>
        <translation>Для пользователя, забывшего пароль: сообщите {name} новый пароль лично; затем его можно сменить через Файл, Сменить мой пароль.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Изменить роль пользователя {name}</translation>
    </message>
    <message>
        <source>{name} is {role} now.</source>
        <translation>Сейчас {name} — {role}.</translation>
    </message>
    <message>
        <source>Names of {code}</source>
        <translation>Названия {code}</translation>
    </message>
    <message>
        <source>In English: {name}. A name left blank is shown as its size, model, quality and colour are named in that language, else in English.</source>
        <translation>По-английски: {name}. Пустое название показывается из названий размера, модели, качества и цвета на этом языке, иначе по-английски.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Preview...</source>
        <translation>Просмотр...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Сохранить в PDF...</translation>
    </message>
    <message>
        <source>language: &apos;{code}&apos; is not one of {codes}; nothing was changed</source>
        <translation>язык: «{code}» не входит в {codes}; ничего не изменено</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <translation>На странице «{page}» нечего печатать.</translation>
    </message>
    <message>
        <source>Nothing to correct on {page}.</source>
        <translation>На странице «{page}» нечего исправлять.</translation>
    </message>
    <message>
        <source>awaiting weight</source>
        <translation>ожидает взвешивания</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>sorting</source>
        <translation>сортируется</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>рассортирована</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>опломбирована</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отгружена</translation>
    </message>
    <message>
        <source>void</source>
        <translation>аннулирована</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, подсчитаны не все</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
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
        <source>In full (each index against its table)</source>
        <translation>Полностью (каждый индекс по его таблице)</translation>
    </message>
    <message>
        <source>Check every row again, not only those since the last verified run, and compare each index with its table: several times slower on a long history.</source>
        <translation>Проверить заново каждую строку, а не только строки после последней успешной проверки, и сверить каждый индекс с его таблицей: в несколько раз медленнее на длинной истории.</translation>
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
        <translation>Объект</translation>
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
        <source>Verifying everything in full, each index against its table...</source>
        <translation>Полная проверка всего, каждый индекс по его таблице...</translation>
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
    <message numerus="yes">
        <source>(%n more: the box&apos;s Show Details, and this line&apos;s tool tip, list every one.)</source>
        <translation>
            <numerusform>(ещё %n: все перечислены по кнопке «Показать подробности…» в окне и во всплывающей подсказке этой строки.)</numerusform>
            <numerusform>(ещё %n: все перечислены по кнопке «Показать подробности…» в окне и во всплывающей подсказке этой строки.)</numerusform>
            <numerusform>(ещё %n: все перечислены по кнопке «Показать подробности…» в окне и во всплывающей подсказке этой строки.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems; the first: {problem}</source>
        <translation>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблема; первая: {problem}</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблемы; первая: {problem}</numerusform>
            <numerusform>Проверка НЕ ПРОЙДЕНА: %n проблем; первая: {problem}</numerusform>
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
    <message numerus="yes">
        <source>%n protected rows</source>
        <translation>
            <numerusform>%n защищённая строка</numerusform>
            <numerusform>%n защищённые строки</numerusform>
            <numerusform>%n защищённых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed entries</source>
        <translation>
            <numerusform>%n подписанная запись</numerusform>
            <numerusform>%n подписанные записи</numerusform>
            <numerusform>%n подписанных записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n запись аудита</numerusform>
            <numerusform>%n записи аудита</numerusform>
            <numerusform>%n записей аудита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n запись книги учёта</numerusform>
            <numerusform>%n записи книги учёта</numerusform>
            <numerusform>%n записей книги учёта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sorting entries</source>
        <translation>
            <numerusform>%n запись сортировки</numerusform>
            <numerusform>%n записи сортировки</numerusform>
            <numerusform>%n записей сортировки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n строка книги учёта</numerusform>
            <numerusform>%n строки книги учёта</numerusform>
            <numerusform>%n строк книги учёта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed parcels</source>
        <translation>
            <numerusform>%n опломбированная посылка</numerusform>
            <numerusform>%n опломбированные посылки</numerusform>
            <numerusform>%n опломбированных посылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoints</source>
        <translation>
            <numerusform>%n контрольная точка</numerusform>
            <numerusform>%n контрольные точки</numerusform>
            <numerusform>%n контрольных точек</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Текущие остатки</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>Движения (книга учёта)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>pre-restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>pre-migration</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Assortment</source>
        <translation>Классификатор</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Прейскурант</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>Save changed settings</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the figure said beside its field.</source>
        <translation>Ничего не сохранено: исправьте число, указанное рядом с полем.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Ни одна настройка не изменена.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Сохранено: {settings}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>Добавить пользователя...</translation>
    </message>
    <message>
        <source>Set password...</source>
        <translation>Задать пароль...</translation>
    </message>
    <message>
        <source>Set a new password for the selected user (one who forgot theirs).</source>
        <translation>Задать новый пароль выбранному пользователю (если он забыл свой).</translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation>Изменить роль...</translation>
    </message>
    <message>
        <source>Make the selected user an operator, a supervisor or an admin.</source>
        <translation>Сделать выбранного пользователя оператором, старшим смены или администратором.</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Clear the selected user&apos;s failed sign-ins and lock.</source>
        <translation>Сбросить неудачные входы и блокировку выбранного пользователя.</translation>
    </message>
    <message>
        <source>Added {role} {name}.</source>
        <translation>Добавлен пользователь {name} ({role}).</translation>
    </message>
    <message>
        <source>Select the user whose password to set first.</source>
        <translation>Сначала выберите пользователя, которому нужно задать пароль.</translation>
    </message>
    <message>
        <source>Select the user whose role to change first.</source>
        <translation>Сначала выберите пользователя, роль которого нужно изменить.</translation>
    </message>
    <message>
        <source>User {name} is now {role}.</source>
        <translation>Пользователь {name} теперь {role}.</translation>
    </message>
    <message>
        <source>Select the user to deactivate or reactivate first.</source>
        <translation>Сначала выберите пользователя для отключения или включения.</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Отключить {name}</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in.</source>
        <translation>Отключить {name}? Этот пользователь больше не сможет войти.</translation>
    </message>
    <message>
        <source>Nothing changed: {name} is still active.</source>
        <translation>Ничего не изменено: {name} по-прежнему активен.</translation>
    </message>
    <message>
        <source>Select the user to unlock first.</source>
        <translation>Сначала выберите пользователя для разблокировки.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>РВГ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Import categories from CSV...</source>
        <translation>Импорт категорий из CSV...</translation>
    </message>
    <message>
        <source>Names in other languages...</source>
        <translation>Названия на других языках...</translation>
    </message>
    <message>
        <source>Import names from CSV...</source>
        <translation>Импорт названий из CSV...</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Импорт категорий</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows; nothing was imported.</source>
        <translation>
            <numerusform>%n неверная строка; ничего не импортировано.</numerusform>
            <numerusform>%n неверные строки; ничего не импортировано.</numerusform>
            <numerusform>%n неверных строк; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad rows in {path}; nothing was imported.</source>
        <translation>
            <numerusform>%n неверная строка в {path}; ничего не импортировано.</numerusform>
            <numerusform>%n неверные строки в {path}; ничего не импортировано.</numerusform>
            <numerusform>%n неверных строк в {path}; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>Импортирована %n категория.</numerusform>
            <numerusform>Импортировано %n категории.</numerusform>
            <numerusform>Импортировано %n категорий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names of {code} saved.</source>
        <translation>Названия {code} сохранены.</translation>
    </message>
    <message>
        <source>Import names</source>
        <translation>Импорт названий</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n names.</source>
        <translation>
            <numerusform>Импортировано %n название.</numerusform>
            <numerusform>Импортировано %n названия.</numerusform>
            <numerusform>Импортировано %n названий.</numerusform>
        </translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD за карат</translation>
    </message>
    <message>
        <source>The day from which the price holds (today unless picked)</source>
        <translation>День, с которого действует цена (сегодня, если не выбран)</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Задать цену</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>USD per carat today</source>
        <translation>USD за карат сегодня</translation>
    </message>
    <message>
        <source>Price of {category} set from {day}.</source>
        <translation>Цена {category} задана с {day}.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Создана (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>This database is on the facility server ({where}): the server&apos;s own backups keep it (its base backups and WAL archive, set up by IT). A workstation makes none.</source>
        <translation>Эта база данных находится на сервере предприятия ({where}): её сохраняют резервные копии самого сервера (базовые копии и архив WAL, настроенные ИТ-службой). Рабочее место их не делает.</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>плановая</translation>
    </message>
    <message>
        <source>User {name} is now active.</source>
        <translation>Пользователь {name} теперь активен.</translation>
    </message>
    <message>
        <source>User {name} is now inactive.</source>
        <translation>Пользователь {name} теперь отключён.</translation>
    </message>
    <message>
        <source>User {name} is unlocked; their failed sign-ins are cleared.</source>
        <translation>Пользователь {name} разблокирован; неудачные входы сброшены.</translation>
    </message>
    <message>
        <source>Folder: {folder}. {state}</source>
        <translation>Папка: {folder}. {state}</translation>
    </message>
    <message>
        <source>Backups are up to date.</source>
        <translation>Резервные копии актуальны.</translation>
    </message>
    <message>
        <source>Facility server</source>
        <translation>Сервер предприятия</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Signed in to it as</source>
        <translation>Вход выполнен как</translation>
    </message>
    <message>
        <source>(the URL&apos;s user)</source>
        <translation>(пользователь из URL)</translation>
    </message>
    <message>
        <source>Connect this workstation to a facility server...</source>
        <translation>Подключить рабочее место к серверу предприятия...</translation>
    </message>
    <message>
        <source>An admin names the server, tests their sign-in there and saves it in the machine configuration file; sortapp opens it at its next start.</source>
        <translation>Администратор указывает сервер, проверяет на нём свой вход и сохраняет его в файле конфигурации компьютера; sortapp откроет его при следующем запуске.</translation>
    </message>
    <message>
        <source>{source} sortapp takes --db, else SORTAPP_DB, else the machine configuration file {config}, else the database file in your user folder. An admin connects this workstation to a facility server here; sortapp opens it at its next start.</source>
        <translation>{source} sortapp берёт --db, иначе SORTAPP_DB, иначе файл конфигурации компьютера {config}, иначе файл базы данных в вашей папке пользователя. Здесь администратор подключает это рабочее место к серверу предприятия; sortapp откроет его при следующем запуске.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start. {overridden}.</source>
        <translation>Сохранено в {path}: sortapp откроет сервер предприятия при следующем запуске. {overridden}.</translation>
    </message>
    <message>
        <source>Saved in {path}: sortapp opens the facility server at its next start.</source>
        <translation>Сохранено в {path}: sortapp откроет сервер предприятия при следующем запуске.</translation>
    </message>
    <message>
        <source>This workstation opens the facility server at its next start.</source>
        <translation>Это рабочее место откроет сервер предприятия при следующем запуске.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the site&apos;s settings are shown read-only.</source>
        <translation>База данных открыта только для чтения, поэтому настройки объекта показаны только для чтения.</translation>
    </message>
    <message>
        <source>Only an admin can change the site&apos;s settings; you are signed in as {name} ({role}), so they are shown read-only.</source>
        <translation>Настройки объекта может менять только администратор; вы вошли как {name} ({role}), поэтому они показаны только для чтения.</translation>
    </message>
    <message>
        <source>Admins change the site, its users and its data</source>
        <translation>Объект, его пользователей и данные меняют администраторы</translation>
    </message>
    <message>
        <source>Admins manage users</source>
        <translation>Пользователями управляют администраторы</translation>
    </message>
    <message>
        <source>Supervisors name the assortment in other languages</source>
        <translation>Названия классификатора на других языках задают старшие смены</translation>
    </message>
    <message>
        <source>Supervisors set prices</source>
        <translation>Цены задают старшие смены</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Direction</source>
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
        <source>Year end</source>
        <translation>Конец года</translation>
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
        <source>Received ({tz})</source>
        <translation>Принято ({tz})</translation>
    </message>
    <message>
        <source>Weighed ct</source>
        <translation>Взвешено, кар</translation>
    </message>
    <message>
        <source>Declared ct</source>
        <translation>Заявлено, кар</translation>
    </message>
    <message>
        <source>Mine / supplier</source>
        <translation>Месторождение / поставщик</translation>
    </message>
    <message>
        <source>Weigh lot...</source>
        <translation>Взвесить партию...</translation>
    </message>
    <message>
        <source>Weigh again...</source>
        <translation>Перевзвесить...</translation>
    </message>
    <message>
        <source>Correct the weight of a lot weighed wrongly, before sorting starts (supervisor)</source>
        <translation>Исправить массу ошибочно взвешенной партии до начала сортировки (старший смены)</translation>
    </message>
    <message>
        <source>Acknowledge weight difference...</source>
        <translation>Подтвердить расхождение массы...</translation>
    </message>
    <message>
        <source>Sort this lot</source>
        <translation>Сортировать партию</translation>
    </message>
    <message>
        <source>Print receipt...</source>
        <translation>Печать акта приёмки...</translation>
    </message>
    <message>
        <source>Print label...</source>
        <translation>Печать этикетки...</translation>
    </message>
    <message>
        <source>Import lots (CSV)...</source>
        <translation>Импорт партий (CSV)...</translation>
    </message>
    <message>
        <source>Import lots</source>
        <translation>Импорт партий</translation>
    </message>
    <message>
        <source>Import transfer file...</source>
        <translation>Импорт файла передачи...</translation>
    </message>
    <message>
        <source>Receive a lot (scan or type; Enter moves on, Enter on the last field receives)</source>
        <translation>Приёмка партии (сканируйте или вводите; Enter — дальше, Enter в последнем поле — принять)</translation>
    </message>
    <message>
        <source>scan the lot label</source>
        <translation>сканируйте этикетку</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>from the papers</source>
        <translation>по документам</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>imports only</source>
        <translation>только для импорта</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>When the lot arrived, in the site&apos;s time: YYYY-MM-DD HH:MM (blank: now)</source>
        <translation>Когда партия прибыла, по времени объекта: ГГГГ-ММ-ДД ЧЧ:ММ (пусто: сейчас)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Месторождение</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Пломбы</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Отправлено из</translation>
    </message>
    <message>
        <source>Incoming KP cert</source>
        <translation>Входящий серт. КП</translation>
    </message>
    <message>
        <source>not for a domestic lot</source>
        <translation>не для местной партии</translation>
    </message>
    <message>
        <source>the receiving form</source>
        <translation>форма приёмки</translation>
    </message>
    <message>
        <source>Receiving form cleared; nothing was received.</source>
        <translation>Форма приёмки очищена; ничего не принято.</translation>
    </message>
    <message>
        <source>Received lot {lot}.</source>
        <translation>Принята партия {lot}.</translation>
    </message>
    <message>
        <source>Search lot, supplier, mine, certificate (Ctrl+Shift+F)</source>
        <translation>Поиск: партия, поставщик, месторождение, сертификат (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>все статусы</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Получено от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>всё происхождение</translation>
    </message>
    <message numerus="yes">
        <source>{count}{more} lots</source>
        <translation>
            <numerusform>{count}{more} партия</numerusform>
            <numerusform>{count}{more} партии</numerusform>
            <numerusform>{count}{more} партий</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisors acknowledge weight differences</source>
        <translation>Расхождения массы подтверждают старшие смены</translation>
    </message>
    <message>
        <source>Supervisors weigh a lot again</source>
        <translation>Перевзвешивают партию старшие смены</translation>
    </message>
    <message>
        <source>Supervisors import transfer files</source>
        <translation>Файлы передачи импортируют старшие смены</translation>
    </message>
    <message>
        <source>Select a lot to print for first.</source>
        <translation>Сначала выберите партию для печати.</translation>
    </message>
    <message>
        <source>Select a lot awaiting weight first.</source>
        <translation>Сначала выберите партию, ожидающую взвешивания.</translation>
    </message>
    <message>
        <source>Weighed lot {lot}.</source>
        <translation>Партия {lot} взвешена.</translation>
    </message>
    <message>
        <source>Select a weighed lot not yet sorted first.</source>
        <translation>Сначала выберите взвешенную, но ещё не рассортированную партию.</translation>
    </message>
    <message>
        <source>Lot {lot} weighed again.</source>
        <translation>Партия {lot} перевзвешена.</translation>
    </message>
    <message>
        <source>Select a flagged lot first.</source>
        <translation>Сначала выберите отмеченную партию.</translation>
    </message>
    <message>
        <source>Weight difference of lot {lot} acknowledged.</source>
        <translation>Расхождение массы партии {lot} подтверждено.</translation>
    </message>
    <message>
        <source>Acknowledge lot {lot}</source>
        <translation>Подтвердить партию {lot}</translation>
    </message>
    <message>
        <source>{goods} weighed in</source>
        <translation>{goods} взвешено</translation>
    </message>
    <message>
        <source>{goods} declared, awaiting weighing</source>
        <translation>{goods} заявлено, ожидает взвешивания</translation>
    </message>
    <message>
        <source>Received lot {lot}: {weight}, origin {origin} ({source}).</source>
        <translation>Принята партия {lot}: {weight}, происхождение {origin} ({source}).</translation>
    </message>
    <message>
        <source>It arrived {when} (site time).</source>
        <translation>Она прибыла {when} (время объекта).</translation>
    </message>
    <message>
        <source>Weigh lot {lot} again</source>
        <translation>Перевзвесить партию {lot}</translation>
    </message>
    <message>
        <source>Weigh lot {lot}</source>
        <translation>Взвесить партию {lot}</translation>
    </message>
    <message>
        <source>
Its receipt is reversed in the ledger and a new one posted; the first weight stays on record.</source>
        <translation>
Её приход сторнируется в книге учёта и проводится новый; первая масса остаётся в учёте.</translation>
    </message>
    <message>
        <source>Stones (optional)</source>
        <translation>Камни (необязательно)</translation>
    </message>
    <message>
        <source>Lot {lot}, origin {origin} ({source}). On the papers: {declared}{stones}.</source>
        <translation>Партия {lot}, происхождение {origin} ({source}). По документам: {declared}{stones}.</translation>
    </message>
    <message>
        <source>no carats declared</source>
        <translation>караты не заявлены</translation>
    </message>
    <message>
        <source>, stones not declared</source>
        <translation>, камни не заявлены</translation>
    </message>
    <message>
        <source> Weighed before: {goods}.</source>
        <translation> Взвешено ранее: {goods}.</translation>
    </message>
    <message>
        <source> {count} stones counted at receipt: leave Stones blank to keep that count.</source>
        <translation> При приёмке подсчитано камней: {count}; оставьте поле «Камни» пустым, чтобы сохранить этот подсчёт.</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} кар</translation>
    </message>
    <message>
        <source>Lot {lot}: declared {declared}, weighed {weighed}: a difference of {difference} ({percent} %), beyond the tolerance of {tolerance}.
You accept these figures as they are; say why.</source>
        <translation>Партия {lot}: заявлено {declared}, взвешено {weighed}: расхождение {difference} ({percent} %), сверх допуска {tolerance}.
Вы принимаете эти цифры как есть; укажите причину.</translation>
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
        <translation>№ партии, Enter</translation>
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
        <source>not yet weighed</source>
        <translation>ещё не взвешено</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
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
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Sorted stock, all</source>
        <translation>Отсортированные остатки, всего</translation>
    </message>
    <message>
        <source>Awaiting sorting (not valued)</source>
        <translation>К сортировке (без оценки)</translation>
    </message>
    <message>
        <source>In parcels, not shipped</source>
        <translation>В неотправленных посылках</translation>
    </message>
    <message>
        <source>On hand, all</source>
        <translation>Всего в наличии</translation>
    </message>
    <message>
        <source>At the end of {year}, valued at the price book of {day}.</source>
        <translation>На конец {year} года, по прейскуранту на {day}.</translation>
    </message>
    <message>
        <source>{year} has not ended: the stock recorded so far, valued at the price book of {day}.</source>
        <translation>{year} год ещё не закончился: остатки, учтённые на сегодня, по прейскуранту на {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n movements dated in {year} were recorded after it ended (see the audit log).</source>
        <translation>
            <numerusform>%n движение, датированное {year} годом, записано после его окончания (см. журнал аудита).</numerusform>
            <numerusform>%n движения, датированных {year} годом, записаны после его окончания (см. журнал аудита).</numerusform>
            <numerusform>%n движений, датированных {year} годом, записаны после его окончания (см. журнал аудита).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories are valued at a price set after {year} ended (see the price book).</source>
        <translation>
            <numerusform>%n категория оценена по цене, установленной после окончания {year} года (см. прейскурант).</numerusform>
            <numerusform>%n категории оценены по цене, установленной после окончания {year} года (см. прейскурант).</numerusform>
            <numerusform>%n категорий оценены по цене, установленной после окончания {year} года (см. прейскурант).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Сначала выполните отчёт: экспортировать нечего.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
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
        <source>price book</source>
        <translation>прейскурант</translation>
    </message>
    <message>
        <source>override</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>New parcel...</source>
        <translation>Новая посылка...</translation>
    </message>
    <message>
        <source>Importers...</source>
        <translation>Импортёры...</translation>
    </message>
    <message>
        <source>The register of importers: the address and identifiers the invoice and KP sheet print (supervisors and admins add and change them)</source>
        <translation>Реестр импортёров: адрес и реквизиты, которые печатаются в инвойсе и листе КП (добавляют и меняют старшие смены и администраторы)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Select or create a parcel.</source>
        <translation>Выберите или создайте посылку.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/кар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Seal...</source>
        <translation>Опломбировать...</translation>
    </message>
    <message>
        <source>Ship...</source>
        <translation>Отгрузить...</translation>
    </message>
    <message>
        <source>Value...</source>
        <translation>Оценить...</translation>
    </message>
    <message>
        <source>Record a valuation and who gave it (supervisor)</source>
        <translation>Записать оценку и кто её дал (старший смены)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>Аннулировать...</translation>
    </message>
    <message>
        <source>Remove packing...</source>
        <translation>Изъять вложение...</translation>
    </message>
    <message>
        <source>Return one packing&apos;s goods to stock (supervisor)</source>
        <translation>Вернуть товар одного вложения в остатки (старший смены)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <source>Parcel manifest</source>
        <translation>Опись посылки</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Лист данных сертификата КП</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Коммерческий инвойс</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>Parcel label</source>
        <translation>Этикетка посылки</translation>
    </message>
    <message>
        <source>Export transfer file...</source>
        <translation>Экспорт файла передачи...</translation>
    </message>
    <message>
        <source>Add from stock (whole balances of a lot need no stones)</source>
        <translation>Добавить из остатков (для всего остатка партии камни не нужны)</translation>
    </message>
    <message>
        <source>optional: oldest first</source>
        <translation>сначала старые</translation>
    </message>
    <message>
        <source>if counted</source>
        <translation>если подсчитаны</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>KP certificate {cert}, issued {issued}, expires {expires}; seals {seals}</source>
        <translation>Сертификат КП {cert}, выдан {issued}, действует до {expires}; пломбы {seals}</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Не опломбирована</translation>
    </message>
    <message>
        <source> Voided: {reason}</source>
        <translation> Аннулирована: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parcel {parcel}&lt;/b&gt; ({status}) from {exporter} to {importer}, {destination}. Origin: {origin}. {cert}.{voided}{shipped}</source>
        <translation>&lt;b&gt;Посылка {parcel}&lt;/b&gt; ({status}) от {exporter} для {importer}, {destination}. Происхождение: {origin}. {cert}.{voided}{shipped}</translation>
    </message>
    <message>
        <source>Total: {ct} ct, {stones}, {book} USD at the price book; certificate value {value} USD{valuations}</source>
        <translation>Итого: {ct} кар, {stones}, {book} USD по прейскуранту; стоимость по сертификату {value} USD{valuations}</translation>
    </message>
    <message>
        <source> (valuations: {valuations})</source>
        <translation> (оценки: {valuations})</translation>
    </message>
    <message>
        <source>carrier not recorded</source>
        <translation>перевозчик не записан</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source> Shipped by {carrier}, air waybill {awb}.</source>
        <translation> Отгружена через {carrier}, авианакладная {awb}.</translation>
    </message>
    <message>
        <source>Select a parcel first</source>
        <translation>Сначала выберите посылку</translation>
    </message>
    <message>
        <source>Parcel {parcel} is {status}: {why}</source>
        <translation>Посылка {parcel} в статусе {status}: {why}</translation>
    </message>
    <message>
        <source>only a draft parcel takes goods</source>
        <translation>товар принимает только черновик посылки</translation>
    </message>
    <message>
        <source>only a draft&apos;s packings come out</source>
        <translation>вложения изымаются только из черновика</translation>
    </message>
    <message>
        <source>Supervisors remove packings</source>
        <translation>Вложения изымают старшие смены</translation>
    </message>
    <message>
        <source>Parcel {parcel} holds no goods yet</source>
        <translation>В посылке {parcel} ещё нет товара</translation>
    </message>
    <message>
        <source>only a draft is sealed</source>
        <translation>опломбировать можно только черновик</translation>
    </message>
    <message>
        <source>Supervisors seal parcels</source>
        <translation>Посылки опломбируют старшие смены</translation>
    </message>
    <message>
        <source>only a draft is valued</source>
        <translation>оценить можно только черновик</translation>
    </message>
    <message>
        <source>Supervisors value parcels</source>
        <translation>Посылки оценивают старшие смены</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>отгружается только опломбированная посылка</translation>
    </message>
    <message>
        <source>Supervisors ship parcels</source>
        <translation>Посылки отгружают старшие смены</translation>
    </message>
    <message>
        <source>its documents come once it is sealed</source>
        <translation>документы появляются после опломбирования</translation>
    </message>
    <message>
        <source>a transfer file is made once it is sealed</source>
        <translation>файл передачи создаётся после опломбирования</translation>
    </message>
    <message>
        <source>Supervisors export transfer files</source>
        <translation>Файлы передачи экспортируют старшие смены</translation>
    </message>
    <message>
        <source>only a draft or sealed parcel is voided</source>
        <translation>аннулировать можно только черновик или опломбированную посылку</translation>
    </message>
    <message>
        <source>Supervisors void parcels</source>
        <translation>Посылки аннулируют старшие смены</translation>
    </message>
    <message>
        <source>In stock: {ct} ct, stones {stones}</source>
        <translation>В остатках: {ct} кар, камни {stones}</translation>
    </message>
    <message>
        <source>Not in stock.</source>
        <translation>Нет в остатках.</translation>
    </message>
    <message>
        <source>Importer&apos;s country</source>
        <translation>Страна импортёра</translation>
    </message>
    <message>
        <source>Create the parcel to this destination?</source>
        <translation>Создать посылку в это место назначения?</translation>
    </message>
    <message>
        <source>Created draft parcel {parcel}.</source>
        <translation>Создан черновик посылки {parcel}.</translation>
    </message>
    <message>
        <source>goods to pack</source>
        <translation>товар для упаковки</translation>
    </message>
    <message>
        <source>Select the draft parcel to pack into first.</source>
        <translation>Сначала выберите черновую посылку, в которую упаковывать.</translation>
    </message>
    <message>
        <source>Added to parcel {parcel}.</source>
        <translation>Добавлено в посылку {parcel}.</translation>
    </message>
    <message>
        <source>Packed {goods} of {category} into parcel {parcel}; it holds {held}.</source>
        <translation>Упаковано {goods} категории {category} в посылку {parcel}; в ней {held}.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel}</source>
        <translation>Опломбировать посылку {parcel}</translation>
    </message>
    <message>
        <source>Sealed parcel {parcel} under KP certificate {cert}, seals {seals}</source>
        <translation>Посылка {parcel} опломбирована по сертификату КП {cert}, пломбы {seals}</translation>
    </message>
    <message>
        <source>Parcel {parcel} shipped by {carrier} (air waybill {awb}): it has left the site for {destination}</source>
        <translation>Посылка {parcel} отгружена через {carrier} (авианакладная {awb}): она покинула объект, направление: {destination}</translation>
    </message>
    <message>
        <source>Ship parcel {parcel}</source>
        <translation>Отгрузить посылку {parcel}</translation>
    </message>
    <message>
        <source>Ship with this air waybill number?</source>
        <translation>Отгрузить с этим номером авианакладной?</translation>
    </message>
    <message>
        <source>Recorded the {valuer} valuation of parcel {parcel}.</source>
        <translation>Записана оценка посылки {parcel} ({valuer}).</translation>
    </message>
    <message>
        <source>Void parcel {parcel}</source>
        <translation>Аннулировать посылку {parcel}</translation>
    </message>
    <message>
        <source>Void parcel {parcel} ({status}) to {importer}: {ct} ct, {stones} {lines} return to stock.</source>
        <translation>Аннулировать посылку {parcel} ({status}) для {importer}: {ct} кар, {stones} {lines} возвращаются в остатки.</translation>
    </message>
    <message numerus="yes">
        <source>in %n lines</source>
        <translation>
            <numerusform>в %n строке</numerusform>
            <numerusform>в %n строках</numerusform>
            <numerusform>в %n строках</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel {parcel} voided; its goods are back in stock.</source>
        <translation>Посылка {parcel} аннулирована; её товар возвращён в остатки.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>{packing}: {category} {ct} ct from {lots} ({user})</source>
        <translation>{packing}: {category} {ct} кар из {lots} ({user})</translation>
    </message>
    <message>
        <source>Packing {packing} removed from parcel {parcel}; its goods are back in stock.</source>
        <translation>Вложение {packing} изъято из посылки {parcel}; его товар возвращён в остатки.</translation>
    </message>
    <message>
        <source>Select a parcel to print for first.</source>
        <translation>Сначала выберите посылку для печати.</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>товар ещё не упакован</translation>
    </message>
    <message>
        <source>Ship parcel {parcel} (KP certificate {cert}) to {importer}, {destination}:
Carrier {carrier}, air waybill {awb}
{ct} ct, {stones}

Its goods leave the stock as shipped; it can no longer be voided.</source>
        <translation>Отгрузить посылку {parcel} (сертификат КП {cert}) для {importer}, {destination}:
Перевозчик {carrier}, авианакладная {awb}
{ct} кар, {stones}

Её товар списывается с остатков как отгруженный; аннулировать её больше нельзя.</translation>
    </message>
    <message>
        <source>Seal parcel {parcel} to {importer}, {destination}:
KP certificate {cert}, issued {issued}, expires {expires}
Seals {seals}
{ct} ct, {stones}, value {value} USD
Origin {origin}{countries}

Its contents, prices, value and origin are frozen.</source>
        <translation>Опломбировать посылку {parcel} для {importer}, {destination}:
Сертификат КП {cert}, выдан {issued}, действует до {expires}
Пломбы {seals}
{ct} кар, {stones}, стоимость {value} USD
Происхождение {origin}{countries}

Её содержимое, цены, стоимость и происхождение фиксируются.</translation>
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
        <source>Reverse the selected entry (none selected: the lot&apos;s last that stands; F8), with a reason: an operator the lot&apos;s last entry if it is theirs (once), a supervisor any entry</source>
        <translation>Сторнировать выбранную запись (если не выбрана — последнюю действующую запись партии; F8) с указанием причины: оператор — последнюю запись партии, если она его (один раз), старший смены — любую запись</translation>
    </message>
    <message>
        <source>Lot {lot} is not weighed yet: weigh it on Receiving first</source>
        <translation>Партия {lot} ещё не взвешена: сначала взвесьте её на странице «Приёмка»</translation>
    </message>
    <message>
        <source>Lot {lot} is sorted and closed</source>
        <translation>Партия {lot} рассортирована и закрыта</translation>
    </message>
    <message>
        <source>scan or type the lot number, Enter</source>
        <translation>отсканируйте или введите номер партии, Enter</translation>
    </message>
    <message>
        <source>No lot open.</source>
        <translation>Партия не открыта.</translation>
    </message>
    <message>
        <source>Record results (Enter commits; the cursor returns to the category)</source>
        <translation>Запись результатов (Enter сохраняет; курсор возвращается к категории)</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Record loss</source>
        <translation>Записать потерю</translation>
    </message>
    <message>
        <source>Category / loss</source>
        <translation>Категория / потеря</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <source>Correct selected entry...</source>
        <translation>Исправить выбранную запись...</translation>
    </message>
    <message>
        <source>Close sorting</source>
        <translation>Закрыть сортировку</translation>
    </message>
    <message>
        <source>Reconciliation report...</source>
        <translation>Отчёт о сверке...</translation>
    </message>
    <message>
        <source>Import results (CSV)...</source>
        <translation>Импорт результатов (CSV)...</translation>
    </message>
    <message>
        <source>Import sorting results</source>
        <translation>Импорт результатов сортировки</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Stone difference</source>
        <translation>Расхождение в камнях</translation>
    </message>
    <message>
        <source>Entry carats</source>
        <translation>Караты записи</translation>
    </message>
    <message>
        <source>Loss carats</source>
        <translation>Караты потери</translation>
    </message>
    <message>
        <source>lot {lot} opened</source>
        <translation>открыта партия {lot}</translation>
    </message>
    <message>
        <source>Entry into {category} of lot {lot}.</source>
        <translation>Запись в {category} партии {lot}.</translation>
    </message>
    <message>
        <source>Correct the entry, then Enter.</source>
        <translation>Исправьте запись и нажмите Enter.</translation>
    </message>
    <message>
        <source>a sorting entry</source>
        <translation>запись сортировки</translation>
    </message>
    <message>
        <source>Entry cleared; nothing was recorded.</source>
        <translation>Запись очищена; ничего не записано.</translation>
    </message>
    <message>
        <source>Select the entry to correct first.</source>
        <translation>Сначала выберите запись для исправления.</translation>
    </message>
    <message>
        <source>Entry {entry} reversed.</source>
        <translation>Запись {entry} сторнирована.</translation>
    </message>
    <message>
        <source>Correct entry {entry}</source>
        <translation>Исправить запись {entry}</translation>
    </message>
    <message>
        <source>Close sorting of lot {lot}</source>
        <translation>Закрыть сортировку партии {lot}</translation>
    </message>
    <message>
        <source>Lot {lot} closed: its goods are in stock by category</source>
        <translation>Партия {lot} закрыта: её товар в остатках по категориям</translation>
    </message>
    <message>
        <source>Lot {lot} not closed; its sorting goes on.</source>
        <translation>Партия {lot} не закрыта; сортировка продолжается.</translation>
    </message>
    <message>
        <source>lot {lot}: its figures changed after this summary was made; nothing was closed; cancel, and close its sorting again to see them now</source>
        <translation>партия {lot}: её цифры изменились после этой сводки; ничего не закрыто; отмените и снова закройте её сортировку, чтобы увидеть их сейчас</translation>
    </message>
    <message>
        <source>Lot {lot} closed, the difference accepted by {user}</source>
        <translation>Партия {lot} закрыта, расхождение принял(а) {user}</translation>
    </message>
    <message>
        <source>Open a lot first: scan or type its number.</source>
        <translation>Сначала откройте партию: отсканируйте или введите её номер.</translation>
    </message>
    <message>
        <source>{lot}: {status}, origin {origin} ({source}), received {ct} ct{flag}</source>
        <translation>{lot}: {status}, происхождение {origin} ({source}), принято {ct} кар{flag}</translation>
    </message>
    <message>
        <source>, WEIGHT DIFFERENCE NOT ACKNOWLEDGED</source>
        <translation>, РАСХОЖДЕНИЕ МАССЫ НЕ ПОДТВЕРЖДЕНО</translation>
    </message>
    <message>
        <source>loss: {kind}</source>
        <translation>потеря: {kind}</translation>
    </message>
    <message>
        <source>reverses {entry}: {reason}</source>
        <translation>сторно {entry}: {reason}</translation>
    </message>
    <message>
        <source>reversed by {entry}</source>
        <translation>сторнирована записью {entry}</translation>
    </message>
    <message>
        <source>{ct} ct, {stones}</source>
        <translation>{ct} кар, {stones}</translation>
    </message>
    <message>
        <source>{ct} ct ({percent} %)</source>
        <translation>{ct} кар ({percent} %)</translation>
    </message>
    <message>
        <source>Within tolerance, but {stones}: closing needs a second person</source>
        <translation>В пределах допуска, но {stones}: для закрытия нужен второй человек</translation>
    </message>
    <message>
        <source>Within tolerance, but a {difference}: closing needs a second person</source>
        <translation>В пределах допуска, но есть {difference}: для закрытия нужен второй человек</translation>
    </message>
    <message>
        <source>Within tolerance: ready to close</source>
        <translation>В пределах допуска: можно закрывать</translation>
    </message>
    <message>
        <source>Still to sort: {ct} ct not yet accounted for (beyond the tolerance)</source>
        <translation>Осталось рассортировать: {ct} кар ещё не учтены (сверх допуска)</translation>
    </message>
    <message>
        <source>Over tolerance: {ct} ct more sorted than received</source>
        <translation>Сверх допуска: рассортировано на {ct} кар больше, чем принято</translation>
    </message>
    <message>
        <source>Close the sorting of lot {lot}: no entry can be added or corrected after.
Received {received} ct ({received_stones})
Sorted {sorted} ct in {entries}: {sorted_stones}
{losses}{settled}</source>
        <translation>Закрыть сортировку партии {lot}: после этого записи нельзя добавлять или исправлять.
Принято {received} кар ({received_stones})
Рассортировано {sorted} кар в {entries}: {sorted_stones}
{losses}{settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записях</numerusform>
            <numerusform>%n записях</numerusform>
        </translation>
    </message>
    <message>
        <source>Losses {ct} ct
</source>
        <translation>Потери {ct} кар
</translation>
    </message>
    <message>
        <source>, stones {stones}</source>
        <translation>, камни {stones}</translation>
    </message>
    <message>
        <source> at {at}</source>
        <translation> в {at}</translation>
    </message>
    <message>
        <source>Entry {entry} of lot {lot}: {what}, {ct} ct{stones}, entered by {user}{at}.
It is reversed by a new entry with the reason; both stay on record.</source>
        <translation>Запись {entry} партии {lot}: {what}, {ct} кар{stones}, внёс(ла) {user}{at}.
Она сторнируется новой записью с причиной; обе остаются в учёте.</translation>
    </message>
    <message>
        <source>{difference} ({received} received, {sorted} sorted)</source>
        <translation>{difference} (принято {received}, рассортировано {sorted})</translation>
    </message>
    <message>
        <source>not counted in</source>
        <translation>не подсчитаны при приёмке</translation>
    </message>
    <message>
        <source>not all counted out</source>
        <translation>подсчитаны не во всех записях</translation>
    </message>
    <message>
        <source>not counted out</source>
        <translation>не подсчитаны при сортировке</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
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
        <source>receipt</source>
        <translation>приёмка</translation>
    </message>
    <message>
        <source>sorting closed</source>
        <translation>сортировка</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>отгрузка</translation>
    </message>
    <message>
        <source>voiding</source>
        <translation>аннулирование</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>вне объекта</translation>
    </message>
    <message>
        <source>awaiting sorting</source>
        <translation>к сортировке</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>в остатках</translation>
    </message>
    <message>
        <source>in a parcel</source>
        <translation>в посылке</translation>
    </message>
    <message>
        <source>shipped out</source>
        <translation>отгружено</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>sorting difference</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> (учтено {counted} из {lines} строк партий)</translation>
    </message>
    <message>
        <source>Sorted stock on hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>Отсортированные остатки: {ct} кар, {stones}{of_them}, {usd} USD по сегодняшнему прейскуранту, {categories}</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>камни</translation>
    </message>
    <message>
        <source>weighed carats</source>
        <translation>взвешенные караты</translation>
    </message>
    <message>
        <source>declared carats</source>
        <translation>заявленные караты</translation>
    </message>
    <message>
        <source>declared value USD</source>
        <translation>заявленная стоимость, USD</translation>
    </message>
    <message>
        <source>loss carats</source>
        <translation>караты потерь</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD за карат</translation>
    </message>
    <message>
        <source>value USD</source>
        <translation>стоимость, USD</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>роль: «{text}» — не роль; укажите operator, supervisor или admin</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>старший смены</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <translation>{name} — {role}; для действия «{action}» нужен старший смены или администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} — {role}; для действия «{action}» нужен администратор</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} — {role}; для действия «{action}» нужен оператор</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <translation>{field}: в «{text}» есть «,»; на этом объекте дробная часть отделяется «.»</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «,» или «.», без разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field}: введите число ({unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field}: «{text}» — отрицательное число; введите ноль или больше ({unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «,» или «.», без экспоненты и разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» — не простое число ({unit}): цифры и одна «.», без экспоненты и разделителя тысяч</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field}: в «{text}» больше {places} знаков после запятой; введите не больше {places} (числа никогда не округляются)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field}: «{text}» — слишком большое число</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>караты</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field}: {text} кар — нереально (больше 10 000 000 кар); проверьте число</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a weight above 0.000 ct</source>
        <translation>{field}: «{text}» — отрицательное число; введите массу больше 0.000 кар</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field}: введите массу больше 0.000 кар</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>доллары США</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field}: {text} USD — нереально; проверьте число</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: введите сумму больше 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a count of stones, zero or more</source>
        <translation>{field}: «{text}» — отрицательное число; введите число камней, ноль или больше</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field}: «{text}» — не целое число камней</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field}: {text} камней — нереально; проверьте количество</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field}: «{text}» — не целое число ({unit}; 0 или больше)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field}: «{text}» — не целое число (0 или больше)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>проценты</translation>
    </message>
    <message>
        <source>The file is not a sortapp database (its {table} table is another program&apos;s)</source>
        <translation>Файл — не база данных sortapp (его таблица {table} принадлежит другой программе)</translation>
    </message>
    <message>
        <source>Check the path given.</source>
        <translation>Проверьте указанный путь.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check ({problem})</source>
        <translation>Резервная копия не прошла проверку целостности ({problem})</translation>
    </message>
    <message>
        <source>Check the disk of the backup folder.</source>
        <translation>Проверьте диск папки резервных копий.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({error})</source>
        <translation>Не удалось записать резервную копию в {folder} ({error})</translation>
    </message>
    <message>
        <source>Check that the backup folder (or removable medium) is there and writable.</source>
        <translation>Проверьте, что папка резервных копий (или съёмный носитель) на месте и доступна для записи.</translation>
    </message>
    <message>
        <source>Check the backup folder&apos;s disk and free space.</source>
        <translation>Проверьте диск папки резервных копий и свободное место.</translation>
    </message>
    <message>
        <source>The backup notes&apos; lock {path} is not a file sortapp made (a folder, a link or a pipe): this backup&apos;s note was not written</source>
        <translation>Блокировка заметок резервных копий {path} — не файл, созданный sortapp (папка, ссылка или канал): заметка этой резервной копии не записана</translation>
    </message>
    <message>
        <source>Remove it; sortapp makes it again.</source>
        <translation>Удалите его; sortapp создаст его заново.</translation>
    </message>
    <message>
        <source>The restore&apos;s lock {path} cannot be used ({error}); nothing was changed</source>
        <translation>Блокировку восстановления {path} нельзя использовать ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>Remove whatever is at that name, or make the folder writable.</source>
        <translation>Удалите то, что лежит под этим именем, или разрешите запись в папку.</translation>
    </message>
    <message>
        <source>Another restore of this database is under way ({path} stayed locked for over {seconds} s); nothing was changed</source>
        <translation>Уже идёт другое восстановление этой базы ({path} оставался заблокированным дольше {seconds} с); ничего не изменено</translation>
    </message>
    <message>
        <source>Let it end, then open the database again.</source>
        <translation>Дождитесь его окончания, затем откройте базу снова.</translation>
    </message>
    <message>
        <source>The backup notes in {folder} stayed locked by another program or workstation for over {seconds} s: this backup&apos;s note was not written</source>
        <translation>Заметки резервных копий в {folder} были заблокированы другой программой или рабочим местом дольше {seconds} с: заметка этой резервной копии не записана</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The backup&apos;s check could not be noted in {target} ({error})</source>
        <translation>Не удалось отметить проверку резервной копии в {target} ({error})</translation>
    </message>
    <message>
        <source>The backup could not be copied into {folder} to be restored ({error})</source>
        <translation>Не удалось скопировать резервную копию в {folder} для восстановления ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; free some space there, or set TMPDIR (on Windows, TEMP) to a folder of your own with room for a copy of the backup.</source>
        <translation>Ничего не изменено; освободите там место или укажите в TMPDIR (в Windows — TEMP) свою папку, где поместится копия резервной копии.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({error})</source>
        <translation>Не удалось прочитать резервную копию {name} ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; check that the file is there and readable (its stick or share connected).</source>
        <translation>Ничего не изменено; проверьте, что файл на месте и читается (его флешка или общая папка подключены).</translation>
    </message>
    <message>
        <source>The damaged database could not be kept in {folder} before the restore ({error}); nothing was changed</source>
        <translation>Повреждённую базу не удалось сохранить в {folder} перед восстановлением ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>Check the disks of the backup folder and of the database, and their free space.</source>
        <translation>Проверьте диски папки резервных копий и базы, и свободное место на них.</translation>
    </message>
    <message>
        <source>The backup could not be written over the damaged database {path} ({error}); nothing was changed</source>
        <translation>Резервную копию не удалось записать поверх повреждённой базы {path} ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>Check that no other program has the file open, and the disk&apos;s free space.</source>
        <translation>Проверьте, что файл не открыт другой программой, и свободное место на диске.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing)</source>
        <translation>База данных занята (запись ведёт другое рабочее место)</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Повторите попытку.</translation>
    </message>
    <message>
        <source>The database is locked</source>
        <translation>База данных заблокирована</translation>
    </message>
    <message>
        <source>Try again; close other copies of sortapp.</source>
        <translation>Повторите попытку; закройте другие копии sortapp.</translation>
    </message>
    <message>
        <source>The database file is read-only</source>
        <translation>Файл базы данных доступен только для чтения</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the medium&apos;s write protection.</source>
        <translation>Проверьте права доступа к файлу или защиту носителя от записи.</translation>
    </message>
    <message>
        <source>The disk could not be read or written</source>
        <translation>Не удалось прочитать диск или записать на него</translation>
    </message>
    <message>
        <source>Check the disk and free space.</source>
        <translation>Проверьте диск и свободное место.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>Free some space; nothing was written.</source>
        <translation>Освободите место; ничего не записано.</translation>
    </message>
    <message>
        <source>The database file cannot be opened</source>
        <translation>Не удаётся открыть файл базы данных</translation>
    </message>
    <message>
        <source>Check the path and permissions.</source>
        <translation>Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Файл базы данных повреждён</translation>
    </message>
    <message>
        <source>Restore the last good backup and verify it.</source>
        <translation>Восстановите последнюю исправную резервную копию и проверьте её.</translation>
    </message>
    <message>
        <source>The file is not a sortapp database</source>
        <translation>Файл — не база данных sortapp</translation>
    </message>
    <message>
        <source>{message} ({name})</source>
        <translation>{message} ({name})</translation>
    </message>
    <message>
        <source>this would leave a negative balance</source>
        <translation>это привело бы к отрицательному остатку</translation>
    </message>
    <message>
        <source>the lot is not open for sorting (not weighed yet, or closed)</source>
        <translation>партия не открыта для сортировки (ещё не взвешена или закрыта)</translation>
    </message>
    <message>
        <source>this would bring the lot&apos;s sorted carats and losses above the carats received plus the tolerance</source>
        <translation>рассортированные караты и потери партии превысили бы принятые караты с учётом допуска</translation>
    </message>
    <message>
        <source>no stones of the entry&apos;s size class could weigh its carats (a count or carats keyed wrong, or the wrong category)</source>
        <translation>никакие камни размерно-весовой группы записи не могут весить её караты (неверно введено число камней или караты, либо выбрана не та категория)</translation>
    </message>
    <message>
        <source>a closing of a sorting moves its lot&apos;s received carats to its sorting entries&apos; stock and losses and the rest to one difference line; this one does not (written outside sortapp)</source>
        <translation>закрытие сортировки переносит полученные караты партии в запас и потери по её записям сортировки, а остаток — в одну строку расхождения; это закрытие так не делает (записано в обход sortapp)</translation>
    </message>
    <message>
        <source>a ledger entry moves goods only as its kind does (a receipt from the world, a packing from stock into its parcel, a shipping out of it, a voiding back); this one does not (written outside sortapp)</source>
        <translation>запись книги учёта перемещает товар только так, как это делает её вид (приёмка извне, упаковка из запаса в её посылку, отгрузка из неё, аннулирование обратно); эта так не делает (записано в обход sortapp)</translation>
    </message>
    <message>
        <source>a reversal is the exact negation of the entry it reverses; this one is not (written outside sortapp)</source>
        <translation>сторно — точная противоположность записи, которую оно сторнирует; это сторно не такое (записано в обход sortapp)</translation>
    </message>
    <message>
        <source>a loss is weighed, not counted: its stones are none</source>
        <translation>потеря взвешивается, а не считается: камней у неё нет</translation>
    </message>
    <message>
        <source>a lot&apos;s status only moves forward (a closed lot stays closed)</source>
        <translation>статус партии меняется только вперёд (закрытая партия остаётся закрытой)</translation>
    </message>
    <message>
        <source>the lot is already weighed and received in the ledger</source>
        <translation>партия уже взвешена и принята в учёт</translation>
    </message>
    <message>
        <source>the lot&apos;s sorting has started; it cannot be weighed again</source>
        <translation>сортировка партии начата; её нельзя взвесить повторно</translation>
    </message>
    <message>
        <source>a weighing records the carats of what it weighed (the sorting entry, the lot, the balance check); this one does not (written outside sortapp)</source>
        <translation>взвешивание записывает караты того, что оно взвесило (записи сортировки, партии, проверки весов); это взвешивание — нет (записано вне sortapp)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is the reading it showed; this one is not: capture the weight again</source>
        <translation>масса, снятая с весов, — это показание, которое они показали; эта — нет: снимите массу снова</translation>
    </message>
    <message>
        <source>a weight is captured off a balance on the port it is registered on: connect it there and capture again (an admin changes the port in the register)</source>
        <translation>массу снимают с весов на порту, на котором они зарегистрированы: подключите их к нему и снимите снова (администратор меняет порт в реестре)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is recorded within 10 minutes of its reading: capture it again</source>
        <translation>массу, снятую с весов, записывают в течение 10 минут после показания: снимите её снова</translation>
    </message>
    <message>
        <source>a weight is captured only off a balance whose calibration is not due: an admin records its new calibration first</source>
        <translation>массу снимают только с весов, срок калибровки которых не истёк: сначала администратор записывает их новую калибровку</translation>
    </message>
    <message>
        <source>this site captures weights only off a balance that passed its check with a reference weight today: check the balance first</source>
        <translation>этот объект снимает массу только с весов, прошедших сегодня проверку эталонной гирей: сначала проверьте весы</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance</source>
        <translation>этот объект принимает массу только с весов: снимите массу с весов</translation>
    </message>
    <message>
        <source>a weight is recorded with its weighing (where it came from: the balance, or typed); this one has none (written outside sortapp)</source>
        <translation>масса записывается вместе со своим взвешиванием (откуда она: с весов или введена вручную); у этой его нет (записано вне sortapp)</translation>
    </message>
    <message>
        <source>a balance check is of the site&apos;s day it is recorded on (written outside sortapp)</source>
        <translation>проверка весов относится к тому дню объекта, в который она записана (записано вне sortapp)</translation>
    </message>
    <message>
        <source>that reading off the balance is recorded already (one reading is one weight): capture the weight again</source>
        <translation>это показание весов уже записано (одно показание — одна масса): снимите массу снова</translation>
    </message>
    <message>
        <source>a reweighing starts from the weight the lot has; look at the lot again</source>
        <translation>повторное взвешивание начинается с массы, которая у партии есть; посмотрите на партию снова</translation>
    </message>
    <message>
        <source>the parcel is no longer a draft (sealed, shipped or void)</source>
        <translation>посылка уже не черновик (опломбирована, отгружена или аннулирована)</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>отгружается только опломбированная посылка</translation>
    </message>
    <message>
        <source>the shipment under that KP certificate has left</source>
        <translation>поставка по этому сертификату КП уже отправлена</translation>
    </message>
    <message>
        <source>a parcel&apos;s carrier and air waybill are recorded when it ships, and only then</source>
        <translation>перевозчик и авианакладная посылки записываются при отгрузке и только тогда</translation>
    </message>
    <message>
        <source>a lot with that number already exists</source>
        <translation>партия с таким номером уже существует</translation>
    </message>
    <message>
        <source>a parcel with that number already exists</source>
        <translation>посылка с таким номером уже существует</translation>
    </message>
    <message>
        <source>that seal number is already used at this site</source>
        <translation>этот номер пломбы уже использован на объекте</translation>
    </message>
    <message>
        <source>that KP certificate is already recorded</source>
        <translation>этот сертификат КП уже записан</translation>
    </message>
    <message>
        <source>a category with that code already exists</source>
        <translation>категория с таким кодом уже существует</translation>
    </message>
    <message>
        <source>a user with that name already exists</source>
        <translation>пользователь с таким именем уже существует</translation>
    </message>
    <message>
        <source>that transfer file was already imported</source>
        <translation>этот файл передачи уже импортирован</translation>
    </message>
    <message>
        <source>that entry is already corrected</source>
        <translation>эта запись уже исправлена</translation>
    </message>
    <message>
        <source>that ledger entry is already reversed</source>
        <translation>эта учётная запись уже сторнирована</translation>
    </message>
    <message>
        <source>the database already holds a weighing of an entry this import makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>база данных уже содержит взвешивание записи, которую делает этот импорт (записано вне sortapp); администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>the database already holds a weighing of the entry this action makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>база данных уже содержит взвешивание записи, которую делает это действие (записано вне sortapp); администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>the audit log already holds an entry under the uid this action&apos;s entry takes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>журнал аудита уже содержит запись с идентификатором, который берёт запись этого действия (записана вне sortapp); администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>refused: {why}; nothing written</source>
        <translation>отклонено: {why}; ничего не записано</translation>
    </message>
    <message>
        <source>The database is open read-only ({why}); nothing was written</source>
        <translation>База данных открыта только для чтения ({why}); ничего не записано</translation>
    </message>
    <message>
        <source>Make changes on a writable copy of the database</source>
        <translation>Вносите изменения в копию базы данных, доступную для записи</translation>
    </message>
    <message>
        <source>the database refused the write ({refusal}) under a schema that is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written</source>
        <translation>база данных отказала в записи ({refusal}) при схеме, которая не является схемой sortapp ({objects}: изменено вне sortapp): ничего не записано</translation>
    </message>
    <message>
        <source>An admin checks the database (verify)</source>
        <translation>Администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>открыта только для чтения, как запрошено</translation>
    </message>
    <message>
        <source>no sortapp database at {path}; create one first</source>
        <translation>по пути {path} нет базы данных sortapp; сначала создайте её</translation>
    </message>
    <message>
        <source>cannot create a database at {path}: {why}</source>
        <translation>нельзя создать базу данных по пути {path}: {why}</translation>
    </message>
    <message>
        <source>{path} {what}; it was left as it was</source>
        <translation>{path}: {what}; файл оставлен как был</translation>
    </message>
    <message>
        <source>Check the path given: sortapp opens only its own databases</source>
        <translation>Проверьте указанный путь: sortapp открывает только свои базы данных</translation>
    </message>
    <message>
        <source>{path} is already a sortapp database (site {site}); a new database is created only where no file is: choose another path; nothing was changed</source>
        <translation>{path} — уже база данных sortapp (объект {site}); новая база создаётся только там, где файла нет: выберите другой путь; ничего не изменено</translation>
    </message>
    <message>
        <source>This database has schema version {schema}, newer than this sortapp (version {version})</source>
        <translation>Версия схемы этой базы данных {schema} новее, чем у этого sortapp (версия {version})</translation>
    </message>
    <message>
        <source>Install the newer sortapp that wrote it; the file was not changed.</source>
        <translation>Установите более новый sortapp, который её записал; файл не изменён.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem}); restore the last good backup before writing to it</source>
        <translation>SQLite сообщает, что файл повреждён ({problem}); перед записью восстановите последнюю исправную резервную копию</translation>
    </message>
    <message>
        <source>The database on the server ({where}) sorts text by {collation}, not by code point (C); hashes and orders would differ from every other site&apos;s</source>
        <translation>База данных на сервере ({where}) сортирует текст по {collation}, а не по кодовым точкам (C); хеши и порядок отличались бы от других объектов</translation>
    </message>
    <message>
        <source>Create the database with LC_COLLATE &apos;C&apos; (docs/facility-server.md).</source>
        <translation>Создайте базу данных с LC_COLLATE &apos;C&apos; (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database on the server ({where}) needs this sortapp&apos;s schema first</source>
        <translation>Базе данных на сервере ({where}) сначала нужна схема этого sortapp</translation>
    </message>
    <message>
        <source>The database&apos;s owner brings it up to date (docs/facility-server.md).</source>
        <translation>Владелец базы данных обновляет её (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database file cannot be opened: {path} ({error})</source>
        <translation>Не удаётся открыть файл базы данных: {path} ({error})</translation>
    </message>
    <message>
        <source>Check the path given; nothing was changed.</source>
        <translation>Проверьте указанный путь; ничего не изменено.</translation>
    </message>
    <message>
        <source>{why}; {note}</source>
        <translation>{why}; {note}</translation>
    </message>
    <message>
        <source>{path} is read-only ({why}) and its schema needs bringing up to date for this sortapp (version {version}), which is a write</source>
        <translation>{path} доступен только для чтения ({why}), а его схему нужно обновить для этого sortapp (версия {version}), что является записью</translation>
    </message>
    <message>
        <source>Open a writable copy of the file; it was left as it was.</source>
        <translation>Откройте копию файла, доступную для записи; файл оставлен как был.</translation>
    </message>
    <message>
        <source>{path} is on a network share</source>
        <translation>{path} находится в сетевой папке</translation>
    </message>
    <message>
        <source>sortapp keeps its database on a local disk (WAL mode is unsafe on SMB/NFS); copy it to a local folder</source>
        <translation>sortapp хранит базу данных на локальном диске (режим WAL небезопасен на SMB/NFS); скопируйте её в локальную папку</translation>
    </message>
    <message>
        <source>{path}: its schema does not match its record of schema changes ({error})</source>
        <translation>{path}: схема не совпадает с записью изменений схемы ({error})</translation>
    </message>
    <message>
        <source>The file was edited outside sortapp; nothing was changed. Restore the last good backup and verify it.</source>
        <translation>Файл изменён вне sortapp; ничего не изменено. Восстановите последнюю исправную резервную копию и проверьте её.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>is an empty file, not a sortapp database</source>
        <translation>пустой файл, а не база данных sortapp</translation>
    </message>
    <message>
        <source>is not a SQLite file, so not a sortapp database</source>
        <translation>не файл SQLite, значит, не база данных sortapp</translation>
    </message>
    <message>
        <source>is another program&apos;s SQLite database, not a sortapp database</source>
        <translation>база данных SQLite другой программы, а не sortapp</translation>
    </message>
    <message>
        <source>is damaged: SQLite cannot read it</source>
        <translation>повреждён: SQLite не может его прочитать</translation>
    </message>
    <message>
        <source>is a sortapp database</source>
        <translation>база данных sortapp</translation>
    </message>
    <message>
        <source>{what} ({detail})</source>
        <translation>{what} ({detail})</translation>
    </message>
    <message>
        <source>the last changes, still in {wal}, cannot be read and are not shown</source>
        <translation>последние изменения, ещё находящиеся в {wal}, нельзя прочитать, и они не показаны</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>не читается: {error}</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>нет таблиц</translation>
    </message>
    <message>
        <source>{folder} is on a read-only medium</source>
        <translation>{folder} находится на носителе только для чтения</translation>
    </message>
    <message>
        <source>no permission to write {path}</source>
        <translation>нет прав на запись {path}</translation>
    </message>
    <message>
        <source>no permission to write in its folder {folder} (SQLite keeps files beside it)</source>
        <translation>нет прав на запись в его папку {folder} (SQLite хранит файлы рядом с ним)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>именованный канал</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>{what}: the name {name}... is too long for the file system</source>
        <translation>{what}: имя {name}... слишком длинное для файловой системы</translation>
    </message>
    <message>
        <source>{what}: cannot use {path} ({error})</source>
        <translation>{what}: нельзя использовать {path} ({error})</translation>
    </message>
    <message>
        <source>{what}: {path} is a working file of the database {database}; give another file name (nothing was written)</source>
        <translation>{what}: {path} — рабочий файл базы данных {database}; укажите другое имя файла (ничего не записано)</translation>
    </message>
    <message>
        <source>{what}: {path} is the database sortapp has open; give another file name (nothing was written)</source>
        <translation>{what}: {path} — база данных, открытая в sortapp; укажите другое имя файла (ничего не записано)</translation>
    </message>
    <message>
        <source>{what}: {path} is a SQLite database (a site&apos;s, perhaps open elsewhere); give another file name (nothing was written)</source>
        <translation>{what}: {path} — база данных SQLite (объекта, возможно, открытая в другом месте); укажите другое имя файла (ничего не записано)</translation>
    </message>
    <message>
        <source>{what}: {path} is {kind}, not a regular file; give the name of a new file, or of a file to replace (nothing was written)</source>
        <translation>{what}: {path} — {kind}, а не обычный файл; укажите имя нового файла или файла, который нужно заменить (ничего не записано)</translation>
    </message>
    <message>
        <source>{what}: {path} is a folder; remove it, or give another file name (nothing was written)</source>
        <translation>{what}: {path} — папка; удалите её или укажите другое имя файла (ничего не записано)</translation>
    </message>
    <message>
        <source>the server refused the sign-in: unknown user, wrong password, or a user no longer active</source>
        <translation>сервер отказал во входе: неизвестный пользователь, неверный пароль или пользователь больше не активен</translation>
    </message>
    <message>
        <source>The facility server refuses {user} another connection: a user holds only so many at once</source>
        <translation>Сервер предприятия отказывает {user} в новом подключении: у одного пользователя может быть открыто лишь ограниченное число подключений</translation>
    </message>
    <message>
        <source>Close sortapp where {user} is signed in at another workstation, or let a verify or command of theirs end; then try again.</source>
        <translation>Закройте sortapp на другом рабочем месте, где вошёл {user}, или дождитесь окончания его проверки или команды; затем повторите попытку.</translation>
    </message>
    <message>
        <source>The server has no database {name}</source>
        <translation>На сервере нет базы данных {name}</translation>
    </message>
    <message>
        <source>Check the database named in the URL (docs/facility-server.md).</source>
        <translation>Проверьте имя базы данных в URL (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The facility server cannot be reached</source>
        <translation>Сервер предприятия недоступен</translation>
    </message>
    <message>
        <source>Check the network; sortapp reconnects by itself. If it happened while saving, look for the action in the audit log before doing it again.</source>
        <translation>Проверьте сеть; sortapp переподключится сам. Если это случилось при сохранении, найдите действие в журнале аудита, прежде чем повторять его.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing); nothing was written</source>
        <translation>База данных занята (запись ведёт другое рабочее место); ничего не записано</translation>
    </message>
    <message>
        <source>the server refused it: {error}</source>
        <translation>сервер отказал: {error}</translation>
    </message>
    <message>
        <source>no balance protocol called {name}: choose one of {known}</source>
        <translation>нет протокола весов с именем {name}: выберите один из: {known}</translation>
    </message>
    <message>
        <source>the generic balance&apos;s pattern cannot be used: {error}</source>
        <translation>шаблон универсальных весов нельзя использовать: {error}</translation>
    </message>
    <message>
        <source>cannot open the balance at {url}: {error}</source>
        <translation>не удаётся открыть весы на {url}: {error}</translation>
    </message>
    <message>
        <source>the port {url} refused the line settings {settings} ({error}): check them against the balance&apos;s menu; a pseudo-terminal (the simulator&apos;s --pty) takes only 8 data bits without parity, and Linux refuses 7 bits or parity on it when nothing else changes: serve the simulator over TCP for those</source>
        <translation>порт {url} не принял настройки линии {settings} ({error}): сверьте их с меню весов; псевдотерминал (--pty симулятора) принимает только 8 бит данных без чётности, а Linux отказывает в 7 битах или чётности, если больше ничего не меняется: для них запускайте симулятор по TCP</translation>
    </message>
    <message>
        <source>cannot open the balance&apos;s port {url}: {error}; check the port name (see the ports this computer has) and that no other program uses it</source>
        <translation>не удаётся открыть порт весов {url}: {error}; проверьте имя порта (см. порты этого компьютера) и что его не использует другая программа</translation>
    </message>
    <message>
        <source>the balance at {url} answered its serial number differently each time ({shown}): lines cut short; check the cable and the port settings ({settings})</source>
        <translation>весы на {url} каждый раз сообщали разный заводской номер ({shown}): строки обрезаны; проверьте кабель и настройки порта ({settings})</translation>
    </message>
    <message>
        <source>no stable reading in {timeout} s: {why}</source>
        <translation>нет стабильного показания за {timeout} с: {why}</translation>
    </message>
    <message>
        <source>the balance&apos;s stable readings did not agree twice in a row in {timeout} s ({seen}): bytes may be lost on the line; check the cable and the port settings ({settings})</source>
        <translation>стабильные показания весов за {timeout} с ни разу не совпали дважды подряд ({seen}): возможно, на линии теряются байты; проверьте кабель и настройки порта ({settings})</translation>
    </message>
    <message>
        <source>one stable reading came ({reading}) but a capture takes two that agree: press the balance&apos;s PRINT key again within {timeout} s (or set the balance to send continuously)</source>
        <translation>пришло одно стабильное показание ({reading}), а для снятия нужны два совпадающих: нажмите клавишу PRINT на весах ещё раз в течение {timeout} с (или настройте весы на непрерывную передачу)</translation>
    </message>
    <message>
        <source>the reading stayed unstable for {timeout} s (last: {reading}): keep the pan still, close the draught shield and try again</source>
        <translation>показание оставалось нестабильным {timeout} с (последнее: {reading}): не трогайте чашу, закройте ветрозащиту и повторите</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot zero</source>
        <translation>протокол этих весов ({protocol}) не умеет обнулять</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot tare</source>
        <translation>протокол этих весов ({protocol}) не умеет брать тару</translation>
    </message>
    <message>
        <source>could not zero</source>
        <translation>не смогли обнулиться</translation>
    </message>
    <message>
        <source>could not tare</source>
        <translation>не смогли взять тару</translation>
    </message>
    <message>
        <source>the balance at {url} does not take commands: check the cable and the handshake setting ({settings})</source>
        <translation>весы на {url} не принимают команды: проверьте кабель и настройку квитирования ({settings})</translation>
    </message>
    <message>
        <source>the balance at {url} is disconnected (closed)</source>
        <translation>весы на {url} отключены (закрыты)</translation>
    </message>
    <message>
        <source>the balance at {url} disconnected ({error}): check the cable and that it is switched on</source>
        <translation>весы на {url} отключились ({error}): проверьте кабель и что они включены</translation>
    </message>
    <message>
        <source>the balance at {url}: stopped (cancelled)</source>
        <translation>весы на {url}: остановлено (отменено)</translation>
    </message>
    <message>
        <source>could not give a reading</source>
        <translation>не смогли дать показание</translation>
    </message>
    <message>
        <source>the balance {what}: {reason} ({code}); wait until it is still and try again</source>
        <translation>весы {what}: {reason} ({code}); дождитесь успокоения и повторите</translation>
    </message>
    <message>
        <source>the balance refused the command ({code}): {reason}; check its protocol setting (this computer speaks {protocol})</source>
        <translation>весы отклонили команду ({code}): {reason}; проверьте настройку протокола (этот компьютер использует {protocol})</translation>
    </message>
    <message>
        <source>no net weight from the balance at {url}: {why}</source>
        <translation>нет массы нетто от весов на {url}: {why}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer: check the cable and that it is switched on, set to {protocol} at {settings}</source>
        <translation>весы на {url} не отвечают: проверьте кабель и что они включены и настроены на {protocol}, {settings}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer in any protocol this computer knows ({names}): check the cable, that it is switched on and its interface settings</source>
        <translation>весы на {url} не отвечают ни по одному протоколу, известному этому компьютеру ({names}): проверьте кабель, что они включены, и настройки интерфейса</translation>
    </message>
    <message>
        <source>the balance is overloaded: take the goods off and weigh a smaller portion</source>
        <translation>весы перегружены: снимите товар и взвесьте меньшую порцию</translation>
    </message>
    <message>
        <source>the balance reads below zero: empty the pan and zero the balance</source>
        <translation>весы показывают меньше нуля: освободите чашу и обнулите весы</translation>
    </message>
    <message>
        <source>the balance is busy (taring or adjusting): wait and capture again</source>
        <translation>весы заняты (тарирование или юстировка): подождите и снимите массу снова</translation>
    </message>
    <message>
        <source>the balance reported an error: check its display</source>
        <translation>весы сообщили об ошибке: проверьте их дисплей</translation>
    </message>
    <message>
        <source>the balance sent its {kind} weight, not the net: {reading} is not the weight of the goods; set the balance to print the net weight</source>
        <translation>весы передали массу ({kind}), а не нетто: {reading} — не масса товара; настройте весы на печать массы нетто</translation>
    </message>
    <message>
        <source>the reading is not stable yet: wait for the stability mark and capture again</source>
        <translation>показание ещё не стабильно: дождитесь знака стабильности и снимите массу снова</translation>
    </message>
    <message>
        <source>the balance weighs in no unit, not ct: switch the balance to carats</source>
        <translation>весы взвешивают без единицы, а не в каратах: переключите весы на караты</translation>
    </message>
    <message>
        <source>the balance weighs in {unit}, not ct: switch the balance to carats</source>
        <translation>весы взвешивают в {unit}, а не в каратах: переключите весы на караты</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which cannot be read: check the cable</source>
        <translation>весы передали {value} кар — это нельзя прочитать: проверьте кабель</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which no balance weighs: check the cable</source>
        <translation>весы передали {value} кар — такой массы не показывают никакие весы: проверьте кабель</translation>
    </message>
    <message>
        <source>the balance reads zero or less: put the goods on the pan</source>
        <translation>весы показывают ноль или меньше: положите товар на чашу</translation>
    </message>
    <message>
        <source>{value} ct has more than 3 decimals: set the balance to 0.001 ct</source>
        <translation>у {value} кар больше 3 знаков после запятой: установите на весах дискретность 0.001 кар</translation>
    </message>
    <message>
        <source>the machine configuration {path} cannot be read ({error})</source>
        <translation>конфигурацию компьютера {path} нельзя прочитать ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path} is not valid TOML ({error})</source>
        <translation>конфигурация компьютера {path} — некорректный TOML ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path}: database must be text (database = &quot;...&quot;)</source>
        <translation>конфигурация компьютера {path}: database должно быть текстом (database = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>the balance does not know the command</source>
        <translation>весы не знают эту команду</translation>
    </message>
    <message>
        <source>the command arrived garbled (parity or a broken line)</source>
        <translation>команда пришла искажённой (чётность или обрыв линии)</translation>
    </message>
    <message>
        <source>the balance cannot do that now</source>
        <translation>весы не могут сделать это сейчас</translation>
    </message>
    <message>
        <source>the balance is busy or not stable: it could not do it now</source>
        <translation>весы заняты или нестабильны: сейчас это невозможно</translation>
    </message>
    <message>
        <source>the balance refused the command&apos;s parameter</source>
        <translation>весы отклонили параметр команды</translation>
    </message>
    <message>
        <source>the weight is above the balance&apos;s range</source>
        <translation>масса выше диапазона весов</translation>
    </message>
    <message>
        <source>the weight is below the balance&apos;s range</source>
        <translation>масса ниже диапазона весов</translation>
    </message>
    <message>
        <source>the balance reports error {code}</source>
        <translation>весы сообщают об ошибке {code}</translation>
    </message>
    <message>
        <source>a communication error</source>
        <translation>ошибка связи</translation>
    </message>
    <message>
        <source>the balance is not ready</source>
        <translation>весы не готовы</translation>
    </message>
    <message>
        <source>the balance timed out</source>
        <translation>время ожидания весов истекло</translation>
    </message>
    <message>
        <source>too many characters in the command</source>
        <translation>слишком много символов в команде</translation>
    </message>
    <message>
        <source>a format error in the command</source>
        <translation>ошибка формата в команде</translation>
    </message>
    <message>
        <source>a parameter out of range</source>
        <translation>параметр вне диапазона</translation>
    </message>
    <message>
        <source>the balance is not stable</source>
        <translation>весы нестабильны</translation>
    </message>
    <message>
        <source>the balance reports an error</source>
        <translation>весы сообщают об ошибке</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>keyed, not from the balance</source>
        <translation>введено вручную, не с весов</translation>
    </message>
    <message>
        <source>balance {balance} (serial {serial})</source>
        <translation>весы {balance} (зав. № {serial})</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>очистка</translation>
    </message>
    <message>
        <source>breakage</source>
        <translation>бой</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>проба</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочее</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>заявленная</translation>
    </message>
    <message>
        <source>government</source>
        <translation>государственная</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>независимая</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, подсчитаны не все</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитаны</translation>
    </message>
    <message>
        <source>lot {lot}: its uncounted stock lines differ from its sorting entries</source>
        <translation>партия {lot}: её строки остатков без счёта камней расходятся с её записями сортировки</translation>
    </message>
    <message>
        <source>category #{key}: its kept stock lines differ from the stock on hand</source>
        <translation>категория #{key}: её хранимые строки остатков расходятся с фактическими остатками</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>посылка</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>name in another language of</source>
        <translation>название на другом языке для</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Сертификат КП</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>partner key</source>
        <translation>ключ партнёра</translation>
    </message>
    <message>
        <source>party</source>
        <translation>контрагент</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>весы</translation>
    </message>
    <message>
        <source>reference weight</source>
        <translation>эталонная гиря</translation>
    </message>
    <message>
        <source>price of</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>{category} from {day}</source>
        <translation>{category} с {day}</translation>
    </message>
</context>
</TS>

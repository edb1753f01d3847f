<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: the password does not open their site signing key, so it was set outside sortapp; an admin checks the database (verify) and sets their password again</source>
        <translation>вход отклонён для «{name}»: пароль не открывает его ключ подписи площадки, значит, он задан вне sortapp; администратор проверяет базу данных (verify) и задаёт пароль заново</translation>
    </message>
    <message>
        <source>{name} is the last holder of the site signing key: without them no checkpoint could be signed again. Give the key to another supervisor or admin first; nothing was changed</source>
        <translation>{name} — последний владелец ключа подписи объекта: без него ни одну контрольную точку больше нельзя будет подписать. Сначала передайте ключ другому старшему смены или администратору; ничего не изменено</translation>
    </message>
    <message>
        <source>{name} no longer holds the site signing key</source>
        <translation>{name} больше не владеет ключом подписи объекта</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key yet: a supervisor or admin who holds it gives it to them ({name} types their password)</source>
        <translation>{name} пока не владеет ключом подписи объекта: его передаёт старший смены или администратор, владеющий ключом ({name} вводит свой пароль)</translation>
    </message>
    <message>
        <source>giving the site signing key</source>
        <translation>передача ключа подписи объекта</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key, so cannot give it</source>
        <translation>{name} не владеет ключом подписи объекта и не может его передать</translation>
    </message>
    <message>
        <source>site key grant: unknown user or wrong password for &apos;{name}&apos;</source>
        <translation>передача ключа объекта: неизвестный пользователь или неверный пароль для «{name}»</translation>
    </message>
    <message>
        <source>{name} is not an active supervisor or admin; operators never hold the key</source>
        <translation>{name} не является действующим старшим смены или администратором; операторы никогда не владеют ключом</translation>
    </message>
    <message>
        <source>{name} is not a supervisor or admin as the signed entries made them (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>{name} не старший смены и не администратор по подписанным записям (изменено вне sortapp); ничего не сделано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>this site has no signing key yet: it is made when a supervisor or admin signs in</source>
        <translation>у этого объекта ещё нет ключа подписи: он создаётся при входе старшего смены или администратора</translation>
    </message>
    <message>
        <source>mark: &apos;{text}&apos; is not a document&apos;s audit mark; type it as printed in the footer, such as KSF-A1234 3f2a91c07b1e</source>
        <translation>отметка: «{text}» не является отметкой аудита документа; введите её так, как она напечатана в нижнем колонтитуле, например KSF-A1234 3f2a91c07b1e</translation>
    </message>
    <message>
        <source>printed mark {uid}: of site {site}, not of this site {code}</source>
        <translation>печатная отметка {uid}: объекта {site}, а не этого объекта {code}</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix}: entry {uid} is missing from the log</source>
        <translation>печатная отметка {uid} {prefix}: записи {uid} нет в журнале</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix} contradicts the audit log: entry {uid} has another hash</source>
        <translation>печатная отметка {uid} {prefix} противоречит журналу аудита: у записи {uid} другой хеш</translation>
    </message>
    <message>
        <source>the database, checkpoint row {row}</source>
        <translation>база данных, строка контрольной точки {row}</translation>
    </message>
    <message>
        <source>restore statement {when} (entry {count}, by {by}; in {where})</source>
        <translation>акт восстановления {when} (запись {count}, подписал {by}; где: {where})</translation>
    </message>
    <message>
        <source>checkpoint {when} (entry {count}, by {by}; in {where})</source>
        <translation>контрольная точка {when} (запись {count}, подписал {by}; где: {where})</translation>
    </message>
    <message>
        <source>the live database, checkpoint row {row}</source>
        <translation>рабочая база данных, строка контрольной точки {row}</translation>
    </message>
    <message>
        <source>checkpoint in {where}: not a readable checkpoint (damaged?)</source>
        <translation>контрольная точка в {where}: не читается (повреждена?)</translation>
    </message>
    <message>
        <source>{what} has a signature that is not valid: forged or damaged</source>
        <translation>{what}: подпись недействительна — подделка или повреждение</translation>
    </message>
    <message>
        <source>{what} was signed with the site key {key}, but the database holds no site key</source>
        <translation>{what}: подписано ключом объекта {key}, но в базе данных нет ключа объекта</translation>
    </message>
    <message>
        <source>{what} was signed with key {key}, not with the site key {site_key}: the database&apos;s key was replaced</source>
        <translation>{what}: подписано ключом {key}, а не ключом объекта {site_key}: ключ в базе данных заменён</translation>
    </message>
    <message>
        <source>{what} does not follow a restore in the audit log (a &apos;restore&apos; entry by {by} right after entry {entry}): forged, it sets no checkpoint aside</source>
        <translation>{what}: не следует за восстановлением в журнале аудита (записью «restore» пользователя {by} сразу после записи {entry}): подделка, контрольные точки не откладываются</translation>
    </message>
    <message>
        <source>history replaced by a restore at {when} by {by} (audit entry {entry})</source>
        <translation>история заменена восстановлением {when}, выполнил {by} (запись аудита {entry})</translation>
    </message>
    <message>
        <source>the log ends at {uid}</source>
        <translation>журнал заканчивается записью {uid}</translation>
    </message>
    <message>
        <source>the log is empty</source>
        <translation>журнал пуст</translation>
    </message>
    <message>
        <source>entry {entry} is missing ({ends}): entries were cut from the log&apos;s end, or this file is an older copy of one that went on</source>
        <translation>записи {entry} нет ({ends}): записи отрезаны с конца журнала, или этот файл — более старая копия файла, работа в котором продолжилась</translation>
    </message>
    <message>
        <source>{said}; it agrees with the checkpoint of {uid}, so the change lies after that</source>
        <translation>{said}; совпадает с контрольной точкой {uid}, значит изменение внесено после неё</translation>
    </message>
    <message>
        <source>{what} contradicts the audit log: {said}</source>
        <translation>{what} противоречит журналу аудита: {said}</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoint of the replaced history set aside</source>
        <translation>{said}: отложена {count} контрольная точка заменённой истории</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoints of the replaced history set aside</source>
        <translation>{said}: отложено контрольных точек заменённой истории: {count}</translation>
    </message>
    <message>
        <source>entry {entry} has another hash</source>
        <translation>у записи {entry} другой хеш</translation>
    </message>
    <message>
        <source>{found} entries lead to {entry}, the checkpoint counted {count}</source>
        <translation>записей до {entry} включительно: {found}, а контрольная точка насчитала {count}</translation>
    </message>
    <message>
        <source>the site key is held by nobody: no checkpoint can be signed; no active supervisor or admin has a wrap of it (removed outside sortapp?), so later changes are anchored nowhere</source>
        <translation>ключом объекта никто не владеет: ни одну контрольную точку нельзя подписать; ни у одного активного старшего смены или администратора нет его обёртки (удалена вне sortapp?), поэтому последующие изменения нигде не закреплены</translation>
    </message>
    <message>
        <source>the site has a signing key and its holders have acted since it was made, but no checkpoint was found (in the database, the checkpoint folder or the backups&apos; sidecars): checkpoints were deleted; check the log against a checkpoint folder on other media</source>
        <translation>у объекта есть ключ подписи, и его владельцы действовали после его создания, но ни одной контрольной точки не найдено (ни в базе данных, ни в папке контрольных точек, ни в сопроводительных файлах резервных копий): контрольные точки удалены; сверьте журнал с папкой контрольных точек на другом носителе</translation>
    </message>
    <message>
        <source>checkpoint {number} was deleted: audit entry {uid} records that it existed</source>
        <translation>контрольная точка {number} удалена: запись аудита {uid} фиксирует, что она существовала</translation>
    </message>
    <message>
        <source>checkpoint {number} was changed after audit entry {uid} recorded it</source>
        <translation>контрольная точка {number} изменена после того, как её зафиксировала запись аудита {uid}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>строка {line}: {message}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({error})</source>
        <translation>строка {line}: не читается как CSV ({error})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>файл не найден: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, pipe or device)</source>
        <translation>{path} — не файл (папка, канал или устройство)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} — не текст в UTF-8; сохраните его как CSV UTF-8</translation>
    </message>
    <message>
        <source>scan or type a lot, parcel, certificate or label number</source>
        <translation>отсканируйте или введите номер партии, посылки, сертификата или этикетки</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is no lot, parcel, KP certificate or label number of this site</source>
        <translation>«{number}» не является номером партии, посылки, сертификата КП или этикетки этого объекта</translation>
    </message>
    <message>
        <source>Entry {uid} of lot {lot}</source>
        <translation>Запись {uid} партии {lot}</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Партия {lot}</translation>
    </message>
    <message>
        <source>Parcel {parcel}</source>
        <translation>Посылка {parcel}</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel} (it covers {parcels})</source>
        <translation>Сертификат КП {number}: посылка {parcel} (он охватывает {parcels})</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel}</source>
        <translation>Сертификат КП {number}: посылка {parcel}</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot} (with {lots})</source>
        <translation>Входящий сертификат КП {number}: партия {lot} (вместе с {lots})</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot}</source>
        <translation>Входящий сертификат КП {number}: партия {lot}</translation>
    </message>
    <message>
        <source>this database has no site yet; create the site first</source>
        <translation>в этой базе данных ещё нет объекта; сначала создайте объект</translation>
    </message>
    <message>
        <source>{field}: the text is too long (2000 characters at most)</source>
        <translation>{field}: текст слишком длинный (не более 2000 символов)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a number of days from 1 to 3660</source>
        <translation>{field}: «{value}» не является числом дней от 1 до 3660</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>{field}: «{value}» не является целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is more than the whole lot; enter at most 100 %</source>
        <translation>{field}: «{value}» больше всей партии; введите не более 100 %</translation>
    </message>
    <message>
        <source>{field}: answer yes or no</source>
        <translation>{field}: ответьте yes или no</translation>
    </message>
    <message>
        <source>{field}: use one of {choices}</source>
        <translation>{field}: используйте одно из значений: {choices}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time zone (e.g. Africa/Gaborone)</source>
        <translation>{field}: «{value}» не является часовым поясом (например, Africa/Gaborone)</translation>
    </message>
    <message>
        <source>{field}: use one of {codes}</source>
        <translation>{field}: используйте один из кодов {codes}</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>пароль: используйте не менее {count} символов</translation>
    </message>
    <message>
        <source>password: use at most {count} characters</source>
        <translation>пароль: используйте не более {count} символов</translation>
    </message>
    <message>
        <source>password: this is one of the most common passwords, which are tried first; choose another (a few unrelated words make a good one)</source>
        <translation>пароль: это один из самых распространённых паролей, их подбирают первыми; выберите другой (несколько не связанных между собой слов — хороший пароль)</translation>
    </message>
    <message>
        <source>password: do not use the user name as the password</source>
        <translation>пароль: не используйте имя пользователя в качестве пароля</translation>
    </message>
    <message>
        <source>user name: &apos;{name}&apos; must start with a letter and use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>имя пользователя: «{name}» должно начинаться с буквы и состоять из букв, цифр, «.», «_», «-»</translation>
    </message>
    <message>
        <source>2-12 capital letters or digits, starting with a letter</source>
        <translation>2–12 заглавных латинских букв или цифр, начиная с буквы</translation>
    </message>
    <message>
        <source>this database already has a site; nothing was changed</source>
        <translation>в этой базе данных уже есть объект; ничего не изменено</translation>
    </message>
    <message>
        <source>site code: &apos;{code}&apos; must be {rule}</source>
        <translation>код объекта: «{code}» — нужно {rule}</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>название участка</translation>
    </message>
    <message>
        <source>site name: enter the facility&apos;s name</source>
        <translation>название объекта: введите название предприятия</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Орган КП</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: this connection to the server is signed in as &apos;{session}&apos;; connect as &apos;{name}&apos; with their own password</source>
        <translation>вход отклонён для «{name}»: это подключение к серверу выполнено от имени «{session}»; подключитесь как «{name}» с его собственным паролем</translation>
    </message>
    <message>
        <source>sign-in refused: &apos;{name}&apos; is locked after {failures} failed attempts until {until}; try again then, or ask an admin to unlock it</source>
        <translation>вход отклонён: «{name}» заблокирован после неудачных попыток ({failures}) до {until}; повторите попытку позже или попросите администратора разблокировать</translation>
    </message>
    <message>
        <source>sign-in refused: unknown user or wrong password</source>
        <translation>вход отклонён: неизвестный пользователь или неверный пароль</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password; after {count} or more failed attempts in a row it is locked until {until}</source>
        <translation>вход отклонён для «{name}»: неизвестный пользователь или неверный пароль; после {count} и более неудачных попыток подряд он заблокирован до {until}</translation>
    </message>
    <message>
        <source>unlocking a user</source>
        <translation>разблокировка пользователя</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; does not exist</source>
        <translation>пользователь «{name}» не существует</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is inactive; nothing was changed</source>
        <translation>пользователь «{name}» отключён; ничего не изменено</translation>
    </message>
    <message>
        <source>current password: &apos;{name}&apos; is locked after failed attempts until {until}; nothing was changed</source>
        <translation>текущий пароль: «{name}» заблокирован после неудачных попыток до {until}; ничего не изменено</translation>
    </message>
    <message>
        <source>current password: wrong password; nothing was changed</source>
        <translation>текущий пароль: неверный пароль; ничего не изменено</translation>
    </message>
    <message>
        <source>new password: it is your current password; choose another; nothing was changed</source>
        <translation>новый пароль: это ваш текущий пароль; выберите другой; ничего не изменено</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; has no failed sign-ins; nothing changed</source>
        <translation>у пользователя «{name}» нет неудачных попыток входа; ничего не изменено</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>просмотр списка пользователей</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>заблокирован до {until}</translation>
    </message>
    <message>
        <source>{failures} failed sign-in</source>
        <translation>неудачных попыток входа: {failures}</translation>
    </message>
    <message>
        <source>{failures} failed sign-ins</source>
        <translation>неудачных попыток входа: {failures}</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>добавление пользователя</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; already exists</source>
        <translation>пользователь «{name}» уже существует</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>изменение пользователя</translation>
    </message>
    <message>
        <source>you cannot demote or deactivate yourself; ask another admin</source>
        <translation>нельзя понизить или отключить самого себя; обратитесь к другому администратору</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and active; nothing was changed</source>
        <translation>пользователь «{name}» уже {role} и активен; ничего не изменено</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and inactive; nothing was changed</source>
        <translation>пользователь «{name}» уже {role} и отключён; ничего не изменено</translation>
    </message>
    <message>
        <source>{name} gets the site signing key when a holder gives it to them ({name} types their password) or an admin who holds it sets their password</source>
        <translation>{name} получит ключ подписи объекта, когда владелец ключа передаст его ({name} вводит свой пароль) или администратор, владеющий ключом, задаст ему пароль</translation>
    </message>
    <message>
        <source>setting another user&apos;s password</source>
        <translation>смена пароля другого пользователя</translation>
    </message>
    <message>
        <source>changing site settings</source>
        <translation>изменение параметров объекта</translation>
    </message>
    <message>
        <source>name: enter the facility&apos;s name</source>
        <translation>название: введите название предприятия</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a site setting; use one of: name, {keys}</source>
        <translation>«{key}» не является параметром объекта; используйте одно из: name, {keys}</translation>
    </message>
    <message>
        <source>KP statistics were exported for periods whose imports are counted by the site&apos;s day: run those periods again, and where their figures differ, export them again and send the amended figures to the KP authority</source>
        <translation>Статистика КП выгружалась за периоды, импорт в которых учитывается по дню объекта: снова сформируйте эти периоды и, где цифры отличаются, выгрузите их снова и отправьте исправленные цифры органу КП</translation>
    </message>
    <message>
        <source>changing the country list</source>
        <translation>изменение списка стран</translation>
    </message>
    <message>
        <source>country: &apos;{code}&apos; is not an ISO 3166-1 alpha-2 code</source>
        <translation>страна: «{code}» не является кодом ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>kp: use participant, eu (covered by the EU) or none</source>
        <translation>kp: используйте participant, eu (в составе ЕС) или none</translation>
    </message>
    <message>
        <source>name: enter the country&apos;s name</source>
        <translation>название: введите название страны</translation>
    </message>
    <message>
        <source>country {code} is already {name}, KP {kp}; nothing was changed</source>
        <translation>страна {code} уже {name}, КП {kp}; ничего не изменено</translation>
    </message>
    <message>
        <source>{field}: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only go to KP participants</source>
        <translation>{field}: {name} ({code}) нет в списке участников КП этого объекта; необработанные алмазы можно отправлять только участникам КП</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a valid number; use 1-40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{field}: «{text}» — недопустимый номер; используйте 1–40 латинских букв, цифр, «.», «_», «/» или «-», начиная с буквы или цифры</translation>
    </message>
    <message>
        <source>{field}: {cents!r} is not an amount of zero cents or more</source>
        <translation>{field}: {cents!r} не является суммой от нуля центов</translation>
    </message>
    <message>
        <source>{field}: {cents} cents is absurd; check the figure</source>
        <translation>{field}: {cents} центов — нелепая сумма; проверьте цифру</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: введите сумму больше 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: the text is too long (200 characters at most)</source>
        <translation>{field}: текст слишком длинный (не более 200 символов)</translation>
    </message>
    <message>
        <source>{field}: the text holds a line break or another control character (U+{code}); write it on one line of plain text</source>
        <translation>{field}: текст содержит перевод строки или другой управляющий символ (U+{code}); запишите его одной строкой простого текста</translation>
    </message>
    <message>
        <source>{field}: the partner&apos;s file gives a text of {length} characters ({most} at most); ask the sending site to send it again</source>
        <translation>{field}: файл партнёра содержит текст из {length} символов (не более {most}); попросите отправляющий объект прислать его заново</translation>
    </message>
    <message>
        <source>{field}: say why, in a few words</source>
        <translation>{field}: укажите причину в нескольких словах</translation>
    </message>
    <message>
        <source>{field}: a time before {first} is not when it happened; give the date it did</source>
        <translation>{field}: время до {first} года не может быть временем события; укажите настоящую дату</translation>
    </message>
    <message>
        <source>{field}: {when} UTC is later than now ({now} UTC by this computer&apos;s clock); give the date it happened</source>
        <translation>{field}: {when} UTC позже, чем сейчас ({now} UTC по часам этого компьютера); укажите дату, когда это произошло</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>{field}: «{text}» не является датой; пишите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{field}: &apos;{code}&apos; is not a known ISO 3166 country code; an admin can add it</source>
        <translation>{field}: «{code}» не является известным кодом страны ISO 3166; администратор может его добавить</translation>
    </message>
    <message>
        <source>missing {fields}</source>
        <translation>не хватает: {fields}</translation>
    </message>
    <message>
        <source>category {code} already exists</source>
        <translation>категория {code} уже существует</translation>
    </message>
    <message>
        <source>category {code} appears twice in the file</source>
        <translation>категория {code} встречается в файле дважды</translation>
    </message>
    <message>
        <source>unknown size &apos;{value}&apos;</source>
        <translation>неизвестная размерно-весовая группа «{value}»</translation>
    </message>
    <message>
        <source>unknown model &apos;{value}&apos;</source>
        <translation>неизвестная модель «{value}»</translation>
    </message>
    <message>
        <source>unknown quality &apos;{value}&apos;</source>
        <translation>неизвестное качество «{value}»</translation>
    </message>
    <message>
        <source>unknown colour &apos;{value}&apos;</source>
        <translation>неизвестный цвет «{value}»</translation>
    </message>
    <message>
        <source>HS code &apos;{code}&apos; is not one of {codes}</source>
        <translation>код ТН ВЭД «{code}» не входит в число {codes}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>размерно-весовая группа</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>качество</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language the assortment&apos;s names are kept in; use one of {languages}</source>
        <translation>«{language}» — не язык названий классификатора; используйте один из: {languages}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of name; use one of {kinds}</source>
        <translation>«{kind}» — не вид названия; используйте один из: {kinds}</translation>
    </message>
    <message>
        <source>{kind}: &apos;{code}&apos; is not in the assortment</source>
        <translation>{kind}: «{code}» отсутствует в классификаторе</translation>
    </message>
    <message>
        <source>the name ({language}) is empty; clear it to show the English name</source>
        <translation>название ({language}) пустое; удалите его, чтобы показывать английское</translation>
    </message>
    <message>
        <source>the name ({language}) has {length} characters; at most {limit}</source>
        <translation>в названии ({language}) {length} символов; не больше {limit}</translation>
    </message>
    <message>
        <source>changing the assortment&apos;s names</source>
        <translation>изменение названий классификатора</translation>
    </message>
    <message>
        <source>{column} has {length} characters; at most {limit}</source>
        <translation>в {column} {length} символов; не больше {limit}</translation>
    </message>
    <message>
        <source>importing an assortment</source>
        <translation>импорт классификатора</translation>
    </message>
    <message>
        <source>adding a category</source>
        <translation>добавление категории</translation>
    </message>
    <message>
        <source>category {code}: {problem}</source>
        <translation>категория {code}: {problem}</translation>
    </message>
    <message>
        <source>category: &apos;{code}&apos; is not in the assortment</source>
        <translation>категория: «{code}» отсутствует в классификаторе</translation>
    </message>
    <message>
        <source>category {code} is retired</source>
        <translation>категория {code} выведена из употребления</translation>
    </message>
    <message>
        <source>changing the price book</source>
        <translation>изменение прейскуранта</translation>
    </message>
    <message>
        <source>unknown categories in the price list: {codes}</source>
        <translation>неизвестные категории в прейскуранте: {codes}</translation>
    </message>
    <message>
        <source>viewing the price book</source>
        <translation>просмотр прейскуранта</translation>
    </message>
    <message>
        <source>the database&apos;s schema is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>схема базы данных не та, что у sortapp ({objects}: изменено вне sortapp): ничего не записано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>{name} is no longer an active user (an admin changed it since they signed in); nothing was written</source>
        <translation>{name} больше не активный пользователь (администратор изменил это после входа); ничего не записано</translation>
    </message>
    <message>
        <source>{name} is {role} now (an admin changed it since they signed in); nothing was written: sign in again</source>
        <translation>{name} теперь — {role} (администратор изменил это после входа); ничего не записано: войдите снова</translation>
    </message>
    <message>
        <source>the site key the database names is not the one this session signs with (changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>ключ объекта, указанный в базе данных, не тот, которым подписывает этот сеанс (изменён вне sortapp): ничего не записано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>{name} does not hold the site key, which signs every supervisor&apos;s and admin&apos;s action; a supervisor or admin who holds it can give it to them (site key grant); nothing was written</source>
        <translation>{name} не владеет ключом объекта, которым подписывается каждое действие старшего смены и администратора; старший смены или администратор, владеющий ключом, может передать его (site key grant); ничего не записано</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>verified ({note})</source>
        <translation>проверена ({note})</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>FAILED: {note}</source>
        <translation>ОШИБКА: {note}</translation>
    </message>
    <message>
        <source>this database is on the facility server: the server&apos;s own backups keep it (base backups and WAL archiving, set up by IT); a workstation makes none</source>
        <translation>эта база данных находится на сервере предприятия: её сохраняют собственные резервные копии сервера (базовые копии и архивирование WAL, настроенные ИТ-службой); рабочая станция их не делает</translation>
    </message>
    <message>
        <source>it is a working file of the database {database}, not a backup</source>
        <translation>это рабочий файл базы данных {database}, а не резервная копия</translation>
    </message>
    <message>
        <source>schema version {schema} is newer than this sortapp</source>
        <translation>версия схемы {schema} новее этой версии sortapp</translation>
    </message>
    <message>
        <source>its schema version {schema} is not what its record of schema changes says</source>
        <translation>версия схемы {schema} не совпадает с записью изменений схемы в файле</translation>
    </message>
    <message>
        <source>schema {schema}: SQLite integrity check only</source>
        <translation>схема {schema}: только проверка целостности SQLite</translation>
    </message>
    <message>
        <source>not a sortapp database: {error}</source>
        <translation>не база данных sortapp: {error}</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>создание резервной копии</translation>
    </message>
    <message>
        <source>it is a link to another file, not a copy</source>
        <translation>это ссылка на другой файл, а не копия</translation>
    </message>
    <message>
        <source>it is a backup of site {code}, not of {named} as its name says</source>
        <translation>это резервная копия объекта {code}, а не {named}, как сказано в её имени</translation>
    </message>
    <message>
        <source>{file}: no such backup file</source>
        <translation>{file}: нет такого файла резервной копии</translation>
    </message>
    <message>
        <source>{folder}: no such folder of backups</source>
        <translation>{folder}: нет такой папки резервных копий</translation>
    </message>
    <message>
        <source>its note is of site {code}&apos;s backup, not this file</source>
        <translation>её заметка относится к резервной копии объекта {code}, а не к этому файлу</translation>
    </message>
    <message>
        <source>its note is an earlier release&apos;s</source>
        <translation>её заметка — от прежней версии</translation>
    </message>
    <message>
        <source>its note is of a file of {noted} bytes, and this one is of {bytes}</source>
        <translation>её заметка относится к файлу в {noted} байт, а этот файл — {bytes} байт</translation>
    </message>
    <message>
        <source>The newest backup ({name}) failed its check: {problems}. The database it was copied from may be damaged or changed outside sortapp: keep the older verified backups and have the database verified in full (each index against its table).</source>
        <translation>Последняя резервная копия ({name}) не прошла проверку: {problems}. База данных, с которой она снята, может быть повреждена или изменена вне sortapp: сохраните более старые проверенные резервные копии и проверьте базу данных полностью (каждый индекс по его таблице).</translation>
    </message>
    <message>
        <source>no reason noted</source>
        <translation>причина не записана</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: make one (File &gt; Backup now).</source>
        <translation>Проверенной резервной копии этой базы данных ещё нет: создайте её («Файл» &gt; «Резервная копия сейчас»).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}); make one now.</source>
        <translation>Последней проверенной резервной копии уже {days} дн. ({name}); создайте новую сейчас.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>восстановление из резервной копии</translation>
    </message>
    <message>
        <source>restore: the database is open read-only ({why}); a restore replaces it, which is a write, so nothing was changed</source>
        <translation>восстановление: база данных открыта только для чтения ({why}); восстановление заменяет её, а это запись, поэтому ничего не изменено</translation>
    </message>
    <message>
        <source>restore: no file at {path}</source>
        <translation>восстановление: файла {path} нет</translation>
    </message>
    <message>
        <source>restore: {name} is not a sortapp database ({error}); nothing was changed</source>
        <translation>восстановление: {name} не база данных sortapp ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>restore: {name} has schema version {schema}, newer than this sortapp; install the newer sortapp first</source>
        <translation>восстановление: у {name} версия схемы {schema}, новее этой версии sortapp; сначала установите более новую версию sortapp</translation>
    </message>
    <message>
        <source>restore: work was recorded while the database was being backed up before the restore (at another workstation, or by a backup or verify running here; its log now ends at {now}); nothing was changed; close sortapp at every other workstation, let this one&apos;s backup or verify end, then restore again</source>
        <translation>восстановление: пока база данных сохранялась перед восстановлением, был записан результат работы (на другом рабочем месте или резервным копированием либо проверкой, идущими здесь; её журнал теперь заканчивается на {now}); ничего не изменено; закройте sortapp на всех других рабочих местах, дождитесь окончания резервного копирования или проверки на этом, затем повторите восстановление</translation>
    </message>
    <message>
        <source>restore: {name} cannot be prepared: {why}</source>
        <translation>восстановление: {name} не удаётся подготовить: {why}</translation>
    </message>
    <message>
        <source>restore: {name} fails verification ({problems}); nothing was changed</source>
        <translation>восстановление: {name} не прошла проверку ({problems}); ничего не изменено</translation>
    </message>
    <message>
        <source>restore: the checkpoints of the database it replaces cannot be read ({error}), so the backup cannot be checked against them; nothing was changed; an admin may force it</source>
        <translation>восстановление: контрольные точки заменяемой базы не читаются ({error}), поэтому резервную копию нельзя сверить с ними; ничего не изменено; администратор может выполнить его принудительно</translation>
    </message>
    <message>
        <source>restore: the database is not one found damaged; nothing was changed</source>
        <translation>восстановление: база не была признана повреждённой; ничего не изменено</translation>
    </message>
    <message>
        <source>restore: the database is no longer found damaged (restored meanwhile from another window or workstation, or its damage was only in what its read-only view could not read); nothing was written over: close sortapp and open it again</source>
        <translation>восстановление: база больше не признаётся повреждённой (восстановлена тем временем из другого окна или рабочего места, или повреждение было только в том, что её представление только для чтения не могло прочитать); ничего не перезаписано: закройте sortapp и откройте снова</translation>
    </message>
    <message>
        <source>The backup {name} was written over the damaged database, but the restore could not be recorded in it ({error}); the damaged file is kept as {kept}</source>
        <translation>Резервная копия {name} записана поверх повреждённой базы, но восстановление не удалось записать в неё ({error}); повреждённый файл сохранён как {kept}</translation>
    </message>
    <message>
        <source>Close sortapp and open the database again; then verify it.</source>
        <translation>Закройте sortapp и откройте базу снова; затем проверьте её.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem})</source>
        <translation>SQLite сообщает, что файл повреждён ({problem})</translation>
    </message>
    <message>
        <source>restore: {name} belongs to site {code}, this database to {here}; an admin may force it</source>
        <translation>восстановление: {name} относится к объекту {code}, а эта база данных — к {here}; администратор может выполнить принудительно</translation>
    </message>
    <message>
        <source>not checked ({note})</source>
        <translation>не проверена ({note})</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>Проверенной резервной копии этой базы данных пока нет: сообщите руководителю (копию делают через «Файл &gt; Резервная копия сейчас»).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}): tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>Последней проверенной резервной копии {days} дн. ({name}): сообщите руководителю (копию делают через «Файл &gt; Резервная копия сейчас»).</translation>
    </message>
    <message>
        <source>The current database could not be backed up before restoring</source>
        <translation>Не удалось создать резервную копию текущей базы данных перед восстановлением</translation>
    </message>
    <message>
        <source>Nothing was changed; check the backup folder.</source>
        <translation>Ничего не изменено; проверьте папку резервных копий.</translation>
    </message>
    <message>
        <source>{path} already exists; a demo database there may be rebuilt in its place</source>
        <translation>{path} уже существует; демонстрационную базу данных там можно пересоздать на том же месте</translation>
    </message>
    <message>
        <source>{path} is not a demo database; it was left alone</source>
        <translation>{path} — не демонстрационная база данных; она не тронута</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <source>the header lacks the column(s) {columns}</source>
        <translation>в заголовке не хватает столбцов: {columns}</translation>
    </message>
    <message>
        <source>received: &apos;{value}&apos; is not a date (YYYY-MM-DD [HH:MM], site time)</source>
        <translation>received: «{value}» не является датой (ГГГГ-ММ-ДД [ЧЧ:ММ], время объекта)</translation>
    </message>
    <message>
        <source>importing lots</source>
        <translation>импорт партий</translation>
    </message>
    <message>
        <source>importing sorting results</source>
        <translation>импорт результатов сортировки</translation>
    </message>
    <message>
        <source>importing a price book</source>
        <translation>импорт прейскуранта</translation>
    </message>
    <message>
        <source>import: &apos;{kind}&apos; is not one of {kinds}</source>
        <translation>импорт: «{kind}» не входит в число {kinds}</translation>
    </message>
    <message>
        <source>nothing to post: every quantity is zero</source>
        <translation>нечего проводить: все количества равны нулю</translation>
    </message>
    <message>
        <source>{field}: the text is too long ({limit} characters at most)</source>
        <translation>{field}: текст слишком длинный (не более {limit} символов)</translation>
    </message>
    <message>
        <source>keeping the register of parties</source>
        <translation>ведение реестра контрагентов</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name: name the party (as the parcels&apos; importer names it)</source>
        <translation>название: укажите название контрагента (как его называет импортёр посылок)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>налоговый номер</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>port of destination</source>
        <translation>порт назначения</translation>
    </message>
    <message>
        <source>name: {name} is already registered</source>
        <translation>название: {name} уже зарегистрирован</translation>
    </message>
    <message>
        <source>party {name} is new: give its address and country</source>
        <translation>контрагент {name} новый: укажите его адрес и страну</translation>
    </message>
    <message>
        <source>party {name}: nothing to change</source>
        <translation>контрагент {name}: нечего изменять</translation>
    </message>
    <message>
        <source>{name} is registered in {country}, but the destination is {destination}: the commercial invoice and KP sheet would print the importer without its registered address and identifiers</source>
        <translation>{name} зарегистрирован в стране {country}, а страна назначения — {destination}: в коммерческом инвойсе и листе КП импортёр будет напечатан без зарегистрированного адреса и реквизитов</translation>
    </message>
    <message>
        <source>listing parties</source>
        <translation>просмотр списка контрагентов</translation>
    </message>
    <message>
        <source>the register&apos;s entry of {party} is not as it was recorded (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>запись реестра о {party} не такая, какой её записали (изменена вне sortapp); ничего не напечатано; администратор проверяет базу данных (verify)</translation>
    </message>
    <message>
        <source>viewing stock</source>
        <translation>просмотр остатков</translation>
    </message>
    <message>
        <source>viewing lineage</source>
        <translation>просмотр происхождения</translation>
    </message>
    <message>
        <source>viewing KP statistics</source>
        <translation>просмотр статистики КП</translation>
    </message>
    <message>
        <source>to: {last} is before {first}; give the period&apos;s first day, then its last</source>
        <translation>по: {last} раньше {first}; укажите первый день периода, затем последний</translation>
    </message>
    <message>
        <source>KP statistics are exported from a session that records the export: the database is open read-only ({why}); view them here, and export them where the database is written</source>
        <translation>статистика КП выгружается из сеанса, который записывает выгрузку: база данных открыта только для чтения ({why}); просматривайте её здесь, а выгружайте там, где база данных записывается</translation>
    </message>
    <message>
        <source>{lots} and {more} more</source>
        <translation>{lots} и ещё {more}</translation>
    </message>
    <message>
        <source>not counted as imports: {lots} (shipped in from abroad with no incoming KP certificate recorded)</source>
        <translation>не учтено как импорт: {lots} (ввезено из-за границы без записанного входящего сертификата КП)</translation>
    </message>
    <message>
        <source>imports counted at 0.00 USD, received with no declared value: {lots}</source>
        <translation>импорт учтён по 0.00 USD, принят без объявленной стоимости: {lots}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>печать</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>этикетки: укажите хотя бы одну партию или посылку</translation>
    </message>
    <message>
        <source>viewing year-end stock</source>
        <translation>просмотр остатков на конец года</translation>
    </message>
    <message>
        <source>year: {year} is not a year from {first} to {last}</source>
        <translation>год: {year} не является годом от {first} до {last}</translation>
    </message>
    <message>
        <source>the server&apos;s host name {host!r} is not a host name or address</source>
        <translation>имя хоста сервера {host!r} не является именем хоста или адресом</translation>
    </message>
    <message>
        <source>the port {port!r} is not a number from 1 to 65535</source>
        <translation>порт {port!r} не является числом от 1 до 65535</translation>
    </message>
    <message>
        <source>the database name {database!r} is not a plain name (letters, digits, _ . -)</source>
        <translation>имя базы данных {database!r} не является простым именем (буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <source>the TLS mode {tls!r} is not one of {modes}</source>
        <translation>режим TLS {tls!r} не входит в число {modes}</translation>
    </message>
    <message>
        <source>a user name is needed to sign in to the server</source>
        <translation>для входа на сервер нужно имя пользователя</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this workstation: {why}</source>
        <translation>{server} недоступен с этой рабочей станции: {why}</translation>
    </message>
    <message>
        <source>connecting a workstation to {server}</source>
        <translation>подключение рабочей станции к {server}</translation>
    </message>
    <message>
        <source>this workstation cannot write the machine configuration file {path} ({why}); nothing was changed. Ask IT to deploy it with this content:

{content}</source>
        <translation>эта рабочая станция не может записать файл конфигурации компьютера {path} ({why}); ничего не изменено. Попросите ИТ-службу установить его с таким содержимым:

{content}</translation>
    </message>
    <message>
        <source>connecting this workstation to a facility server</source>
        <translation>подключение этой рабочей станции к серверу предприятия</translation>
    </message>
    <message>
        <source>SORTAPP_DB is set for this workstation and is used before the machine configuration file: remove it for the server to be opened</source>
        <translation>для этой рабочей станции задана переменная SORTAPP_DB, и она имеет приоритет над файлом конфигурации компьютера: удалите её, чтобы открывался сервер</translation>
    </message>
    <message>
        <source>parcel manifest</source>
        <translation>Опись посылки</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Лист данных сертификата КП</translation>
    </message>
    <message>
        <source>commercial invoice</source>
        <translation>Коммерческий инвойс</translation>
    </message>
    <message>
        <source>valuation sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>lot receipt</source>
        <translation>Акт приёмки партии</translation>
    </message>
    <message>
        <source>sorting reconciliation report</source>
        <translation>Отчёт о сверке сортировки</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Этикетка</translation>
    </message>
    <message>
        <source>? ct</source>
        <translation>? кар</translation>
    </message>
    <message>
        <source>{carats} ct</source>
        <translation>{carats} кар</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj} (copy {copy})</source>
        <translation>{user}: напечатан документ «{document}» для {obj} (копия {copy})</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj}</source>
        <translation>{user}: напечатан документ «{document}» для {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what} {obj}</source>
        <translation>{user}: экспорт {what} {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what}</source>
        <translation>{user}: экспорт {what}</translation>
    </message>
    <message>
        <source>{sentence}, off balance {balance} (serial {serial})</source>
        <translation>{sentence}, с весов {balance} (зав. № {serial})</translation>
    </message>
    <message>
        <source>, {stones} stones</source>
        <translation>, камней: {stones}</translation>
    </message>
    <message>
        <source>, stones not counted</source>
        <translation>, камни не подсчитаны</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не сообщён</translation>
    </message>
    <message>
        <source> (serial {serial})</source>
        <translation> (зав. № {serial})</translation>
    </message>
    <message>
        <source> (serial {serial}), not in the register</source>
        <translation> (зав. № {serial}), нет в реестре</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <source> from {origins}</source>
        <translation> из {origins}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {declared} declared</source>
        <translation>{user}: принята партия {obj}{whence}: заявлено {declared}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed ({declared} declared){stones}</source>
        <translation>{user}: принята партия {obj}{whence}: взвешено {weighed} (заявлено {declared}){stones}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed{stones}</source>
        <translation>{user}: принята партия {obj}{whence}: взвешено {weighed}{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} into {category}{stones}</source>
        <translation>{user}: записана запись {entry}: {ct} партии {obj} в {category}{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} lost to {loss}</source>
        <translation>{user}: записана запись {entry}: {ct} партии {obj} — потери ({loss})</translation>
    </message>
    <message>
        <source>{user} reversed entry {reverses} of lot {obj} (entry {entry}){reason}</source>
        <translation>{user}: сторнирована запись {reverses} партии {obj} (запись {entry}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} of {category}){reason}</source>
        <translation>{user}: сторнирована собственная запись {reverses} партии {obj} ({ct} в {category}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} lost to {loss}){reason}</source>
        <translation>{user}: сторнирована собственная запись {reverses} партии {obj} ({ct} — потери ({loss})){reason}</translation>
    </message>
    <message>
        <source>{user} closed the sorting of lot {obj}: {sorted} sorted{lost} of {received} received, a difference of {difference}{accepted}</source>
        <translation>{user}: закрыта сортировка партии {obj}: рассортировано {sorted}{lost} из принятых {received}, расхождение {difference}{accepted}</translation>
    </message>
    <message>
        <source> and {ct} lost</source>
        <translation> и потеряно {ct}</translation>
    </message>
    <message>
        <source> (accepted beyond tolerance{reason})</source>
        <translation> (принято сверх допуска{reason})</translation>
    </message>
    <message>
        <source>{user} packed {ct} of {category} into parcel {obj}{stones}{lots}</source>
        <translation>{user}: упаковано {ct} категории {category} в посылку {obj}{stones}{lots}</translation>
    </message>
    <message>
        <source> from lot {lots}</source>
        <translation> из партии {lots}</translation>
    </message>
    <message>
        <source>{user} sealed parcel {obj} under KP certificate {cert}: {ct}{stones}, {value}, seals {seals}</source>
        <translation>{user}: опломбирована посылка {obj} по сертификату КП {cert}: {ct}{stones}, {value}, пломбы {seals}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}, their weights from file {file}</source>
        <translation>{user}: импортировано записей сортировки из {obj}: {count}, их масса из файла {file}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}</source>
        <translation>{user}: импортировано записей сортировки из {obj}: {count}</translation>
    </message>
    <message>
        <source>{user} shipped parcel {obj}{carrier}{awb}</source>
        <translation>{user}: отгружена посылка {obj}{carrier}{awb}</translation>
    </message>
    <message>
        <source> by {carrier}</source>
        <translation> перевозчиком {carrier}</translation>
    </message>
    <message>
        <source>, air waybill {awb}</source>
        <translation>, авианакладная {awb}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file} for {to}</source>
        <translation>{user}: посылка {obj} экспортирована в файл передачи {file} для {to}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file}</source>
        <translation>{user}: посылка {obj} экспортирована в файл передачи {file}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, class {weight_class}, certificate {certificate}</source>
        <translation>{user}: зарегистрирована эталонная гиря {obj} номиналом {nominal}, класс {weight_class}, сертификат {certificate}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, certificate {certificate}</source>
        <translation>{user}: зарегистрирована эталонная гиря {obj} номиналом {nominal}, сертификат {certificate}</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), passed</source>
        <translation>{user}: весы {obj} проверены гирей {reference}: показано {read} при номинале {nominal} (допуск {tolerance}), пройдено</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), FAILED</source>
        <translation>{user}: весы {obj} проверены гирей {reference}: показано {read} при номинале {nominal} (допуск {tolerance}), НЕ ПРОЙДЕНО</translation>
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
        <source>{user} changed {obj} from {was} to {role}</source>
        <translation>{user}: роль {obj} изменена с «{was}» на «{role}»</translation>
    </message>
    <message>
        <source>{user} reactivated {obj}</source>
        <translation>{user}: пользователь {obj} снова включён</translation>
    </message>
    <message>
        <source>{user} deactivated {obj}</source>
        <translation>{user}: пользователь {obj} отключён</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj}: {ct}{stones}</source>
        <translation>{user}: взвешена партия {obj}: {ct}{stones}</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj} again: {ct}{stones} (was {previous}{previous_stones}){reason}{cleared}</source>
        <translation>{user}: партия {obj} взвешена повторно: {ct}{stones} (было {previous}{previous_stones}){reason}{cleared}</translation>
    </message>
    <message>
        <source>{user} accepted the weight difference of lot {obj}{reason}</source>
        <translation>{user}: принято расхождение массы партии {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} created draft parcel {obj} for {importer} ({destination})</source>
        <translation>{user}: создан черновик посылки {obj} для {importer} ({destination})</translation>
    </message>
    <message>
        <source>{user} removed packing {reverses} from parcel {obj}{reason}</source>
        <translation>{user}: вложение {reverses} изъято из посылки {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the {valuer} valuation of parcel {obj}: {value}</source>
        <translation>{user}: записана оценка посылки {obj} ({valuer}): {value}</translation>
    </message>
    <message>
        <source>{user} priced {category} in parcel {obj} at {price} per carat{reason}</source>
        <translation>{user}: цена {category} в посылке {obj} установлена {price} за карат{reason}</translation>
    </message>
    <message>
        <source>{user} added party {obj} in the register</source>
        <translation>{user}: контрагент {obj} добавлен в реестр</translation>
    </message>
    <message>
        <source>{user} changed party {obj} in the register</source>
        <translation>{user}: контрагент {obj} изменён в реестре</translation>
    </message>
    <message>
        <source>{user} voided parcel {obj}{reason}</source>
        <translation>{user}: посылка {obj} аннулирована{reason}</translation>
    </message>
    <message>
        <source>{user} imported parcel {parcel} from {sender} as lot {obj}</source>
        <translation>{user}: посылка {parcel} от {sender} импортирована как партия {obj}</translation>
    </message>
    <message>
        <source>{user} pinned the transfer key of {obj}</source>
        <translation>{user}: закреплён ключ передачи {obj}</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day} (was {was})</source>
        <translation>{user}: цена {obj} установлена {price} за карат с {day} (была {was})</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day}</source>
        <translation>{user}: цена {obj} установлена {price} за карат с {day}</translation>
    </message>
    <message>
        <source>{user} imported {count} prices from {day}</source>
        <translation>{user}: импортировано цен с {day}: {count}</translation>
    </message>
    <message>
        <source>{user} added category {obj}</source>
        <translation>{user}: добавлена категория {obj}</translation>
    </message>
    <message>
        <source>{user} changed the names of {obj} ({languages})</source>
        <translation>{user}: изменены названия {obj} ({languages})</translation>
    </message>
    <message>
        <source>{user} cleared the name of {obj} ({language})</source>
        <translation>{user}: удалено название {obj} ({language})</translation>
    </message>
    <message>
        <source>{user} imported {count} names in other languages</source>
        <translation>{user}: импортировано названий на других языках: {count}</translation>
    </message>
    <message>
        <source>{user} loaded the default assortment ({count} categories)</source>
        <translation>{user}: загружен стандартный классификатор (категорий: {count})</translation>
    </message>
    <message>
        <source>{user} imported {count} categories</source>
        <translation>{user}: импортировано категорий: {count}</translation>
    </message>
    <message>
        <source>{user} set up site {obj} ({name}, {country})</source>
        <translation>{user}: создан объект {obj} ({name}, {country})</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos; (was &apos;{was}&apos;)</source>
        <translation>{user}: параметр объекта {obj} установлен в «{value}» (был «{was}»)</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos;</source>
        <translation>{user}: параметр объекта {obj} установлен в «{value}»</translation>
    </message>
    <message>
        <source>{user} made the site key {fingerprint}</source>
        <translation>{user}: создан ключ объекта {fingerprint}</translation>
    </message>
    <message>
        <source>{user} gave {obj} the site key</source>
        <translation>{user}: ключ объекта передан {obj}</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp}; was {was_name}, KP {was_kp})</source>
        <translation>{user}: задана страна {obj} ({name}, КП {kp}; была {was_name}, КП {was_kp})</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp})</source>
        <translation>{user}: задана страна {obj} ({name}, КП {kp})</translation>
    </message>
    <message>
        <source>{user} added {role} {obj}</source>
        <translation>{user}: добавлен пользователь {obj} ({role})</translation>
    </message>
    <message>
        <source>The right current password was typed to change the password of {user}, and the failed attempts before it cleared</source>
        <translation>Введён верный текущий пароль при смене пароля {user}; прежние неудачные попытки сброшены</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}, and the user locked</source>
        <translation>Введён неверный текущий пароль при смене пароля {user}; пользователь заблокирован</translation>
    </message>
    <message>
        <source>{user} restored backup {obj} over the database SQLite reported damaged ({damaged}): the log now ends at {restored}; the damaged file is kept as {kept}</source>
        <translation>{user}: восстановлена резервная копия {obj} вместо базы, которую SQLite признал повреждённой ({damaged}): журнал теперь заканчивается на {restored}; повреждённый файл сохранён как {kept}</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}: the log now ends at {restored} (it ended at {replaced}; that log is kept in the backup {kept})</source>
        <translation>{user}: восстановлена резервная копия {obj}: журнал теперь заканчивается на {restored} (заканчивался на {replaced}; тот журнал сохранён в резервной копии {kept})</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, active</source>
        <translation>{user}: пользователь {obj} — {role}, активен</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, inactive</source>
        <translation>{user}: пользователь {obj} — {role}, неактивен</translation>
    </message>
    <message>
        <source>; the acknowledgement of its earlier weight difference no longer stands</source>
        <translation>; подтверждение её прежнего расхождения массы больше не действует</translation>
    </message>
    <message>
        <source>{user} acknowledged the weight difference of lot {obj} (declared {declared}, weighed {weighed}){reason}</source>
        <translation>{user}: подтверждено расхождение массы партии {obj} (заявлено {declared}, взвешено {weighed}){reason}</translation>
    </message>
    <message>
        <source>{user} changed the password of {obj}</source>
        <translation>{user}: изменён пароль {obj}</translation>
    </message>
    <message>
        <source>{user} chose the language {language}</source>
        <translation>{user}: выбран язык работы — {language}</translation>
    </message>
    <message>
        <source>{user} unlocked {obj}</source>
        <translation>{user}: разблокирован {obj}</translation>
    </message>
    <message>
        <source>{user} signed in</source>
        <translation>{user}: вход в систему</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}</source>
        <translation>Введён неверный текущий пароль при смене пароля {user}</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused and the user locked</source>
        <translation>Вход от имени {user} отклонён, пользователь заблокирован</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused</source>
        <translation>Вход от имени {user} отклонён</translation>
    </message>
    <message>
        <source>{user} made backup {obj}</source>
        <translation>{user}: создана резервная копия {obj}</translation>
    </message>
    <message>
        <source>{user} made backup {obj} (it failed verification)</source>
        <translation>{user}: создана резервная копия {obj} (проверка не пройдена)</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}</source>
        <translation>{user}: восстановлена резервная копия {obj}</translation>
    </message>
    <message>
        <source>{user} verified the audit chain</source>
        <translation>{user}: проверена цепочка журнала аудита</translation>
    </message>
    <message>
        <source>{user} registered balance {obj} (serial {serial})</source>
        <translation>{user}: зарегистрированы весы {obj} (зав. № {serial})</translation>
    </message>
    <message>
        <source>{user} changed balance {obj}: {changed}{reason}</source>
        <translation>{user}: изменены весы {obj}: {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the calibration of balance {obj} on {day} by {by}, next due {due}</source>
        <translation>{user}: записана калибровка весов {obj} от {day}, выполнил {by}, следующая {due}</translation>
    </message>
    <message>
        <source>{user} changed reference weight {obj}: {changed}{reason}</source>
        <translation>{user}: изменена эталонная гиря {obj}: {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} zeroed balance {obj}{adjusted}</source>
        <translation>{user}: весы {obj} обнулены{adjusted}</translation>
    </message>
    <message>
        <source>{user} tared balance {obj}{adjusted}</source>
        <translation>{user}: на весах {obj} установлена тара{adjusted}</translation>
    </message>
    <message>
        <source>holds text that is not UTF-8 (changed outside sortapp)</source>
        <translation>содержит текст не в UTF-8 (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>... and {count} more {what}</source>
        <translation>... и ещё {count} ({what})</translation>
    </message>
    <message>
        <source>SQLite integrity check: {found}</source>
        <translation>проверка целостности SQLite: {found}</translation>
    </message>
    <message>
        <source>SQLite foreign key check: rows point at missing rows</source>
        <translation>проверка внешних ключей SQLite: строки ссылаются на отсутствующие строки</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is missing (dropped outside sortapp)</source>
        <translation>схема: {kind} {name} отсутствует (удалено вне sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is not sortapp&apos;s (added outside sortapp)</source>
        <translation>схема: {kind} {name} не из sortapp (добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} differs from sortapp&apos;s (altered outside sortapp)</source>
        <translation>схема: {kind} {name} отличается от схемы sortapp (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>schema: its recorded version or migrations differ from sortapp&apos;s</source>
        <translation>схема: её записанная версия или миграции отличаются от версии sortapp</translation>
    </message>
    <message>
        <source>rows changed outside sortapp</source>
        <translation>строки, изменённые вне sortapp</translation>
    </message>
    <message>
        <source>user {name}: {state} that no signed user.add or user.set gave (added, renamed or changed outside sortapp)</source>
        <translation>пользователь {name}: {state}, которую не дала ни одна подписанная запись user.add или user.set (добавлен, переименован или изменён вне sortapp)</translation>
    </message>
    <message>
        <source>user {name}: {state} is not what the audit log gave them (changed outside sortapp; its last signed user.add or user.set gave {given})</source>
        <translation>пользователь {name}: {state} — не то, что дал ему журнал аудита (изменено вне sortapp; последняя подписанная запись user.add или user.set дала: {given})</translation>
    </message>
    <message>
        <source>user {name}: their name is on users row {key}, not on row {given} that the signed user.add or user.set gave it (names swapped or changed outside sortapp)</source>
        <translation>пользователь {name}: его имя в строке {key} таблицы users, а не в строке {given}, которую дала подписанная запись user.add или user.set (имена переставлены или изменены вне sortapp)</translation>
    </message>
    <message>
        <source>role {role}</source>
        <translation>роль {role}</translation>
    </message>
    <message>
        <source>role {role} (inactive)</source>
        <translation>роль {role} (неактивен)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its record of changed rows is not readable</source>
        <translation>запись аудита {uid}: её перечень изменённых строк не читается</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp before audit entry {uid}</source>
        <translation>{name}: изменена вне sortapp до записи аудита {uid}</translation>
    </message>
    <message>
        <source>{name}: audit entry {uid} records a change sortapp never makes to such rows (a forged entry)</source>
        <translation>{name}: запись аудита {uid} фиксирует изменение, которое sortapp никогда не вносит в такие строки (поддельная запись)</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: added outside sortapp</source>
        <translation>{name}: добавлена вне sortapp</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp</source>
        <translation>{name}: изменена вне sortapp</translation>
    </message>
    <message>
        <source>{name}: deleted outside sortapp</source>
        <translation>{name}: удалена вне sortapp</translation>
    </message>
    <message>
        <source>audit entry {uid} ({action} {obj} by {user})</source>
        <translation>запись аудита {uid} ({action} {obj}, пользователь {user})</translation>
    </message>
    <message>
        <source>{what}: a supervisor&apos;s or admin&apos;s action (or a change only they may make) without the site key&apos;s signature (appended outside sortapp, or taken by a user who does not hold the key)</source>
        <translation>{what}: действие старшего смены или администратора (или изменение, которое могут вносить только они) без подписи ключом объекта (добавлено вне sortapp или выполнено пользователем, не владеющим ключом)</translation>
    </message>
    <message>
        <source>{what}: its signature is not the site key&apos;s (forged)</source>
        <translation>{what}: подпись сделана не ключом объекта (подделка)</translation>
    </message>
    <message>
        <source>unsigned or forged entries</source>
        <translation>неподписанные или поддельные записи</translation>
    </message>
    <message>
        <source>{table} row {key} ({what} {label})</source>
        <translation>строка {key} таблицы {table} ({what} {label})</translation>
    </message>
    <message>
        <source>{table} row {key}</source>
        <translation>строка {key} таблицы {table}</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>запись аудита {uid}: её id меньше первого (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>запись книги учёта {uid}: её id меньше первого (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>запись сортировки {uid}: её id меньше первого (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: moves goods as no entry of its kind does (from or to the world, another lot, category or parcel, or the wrong way; appended outside sortapp)</source>
        <translation>запись книги учёта {uid}: перемещает товар так, как не перемещает ни одна запись её вида (из внешнего мира или в него, в другую партию, категорию или посылку, или в обратную сторону; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}</source>
        <translation>запись сортировки {uid}</translation>
    </message>
    <message>
        <source>sorting entries {first}..{last}</source>
        <translation>записи сортировки {first}..{last}</translation>
    </message>
    <message>
        <source>audit entry {uid}: an import of a sorting file that does not say which entries it made, as sortapp writes it (forged)</source>
        <translation>запись аудита {uid}: импорт файла сортировки, который не говорит, как пишет sortapp, какие записи он создал (подделка)</translation>
    </message>
    <message>
        <source>{entries}: do not match the audit log of their import</source>
        <translation>{entries}: не совпадают с журналом аудита их импорта</translation>
    </message>
    <message>
        <source>audit entry {uid}: imports {entries}, which are not new entries (made before the import, or not there)</source>
        <translation>запись аудита {uid}: импортирует {entries}, которые не являются новыми записями (созданы до импорта или отсутствуют)</translation>
    </message>
    <message>
        <source>audit entries {one} and {other}: both import {entries}</source>
        <translation>записи аудита {one} и {other}: обе импортируют {entries}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded both as typed and in the import of a file (audit entry {audit}); one of the two audit entries is forged</source>
        <translation>запись сортировки {uid}: записана и как введённая вручную, и в импорте файла (запись аудита {audit}); одна из двух записей аудита подделана</translation>
    </message>
    <message>
        <source>{count} more sorting entries recorded both as typed and in the import of a file</source>
        <translation>ещё записей сортировки, записанных и как введённые вручную, и в импорте файла: {count}</translation>
    </message>
    <message>
        <source>{row} ({entries}, from file {file})</source>
        <translation>{row} ({entries}, из файла {file})</translation>
    </message>
    <message>
        <source>{one} (file {file}) and {other} (file {other_file}): both claim sorting entry {uid}</source>
        <translation>{one} (файл {file}) и {other} (файл {other_file}): обе претендуют на запись сортировки {uid}</translation>
    </message>
    <message>
        <source>{entries}: imported from file {file}, whose weights they have, yet with weighings of their own: {n} (one or the other was added outside sortapp)</source>
        <translation>{entries}: импортированы из файла {file}, чьи веса они имеют, но со своими взвешиваниями: {n} (одно или другое добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>audit entries below the first</source>
        <translation>записи аудита с id меньше первого</translation>
    </message>
    <message>
        <source>ledger entries below the first</source>
        <translation>записи книги учёта с id меньше первого</translation>
    </message>
    <message>
        <source>sorting entries below the first</source>
        <translation>записи сортировки с id меньше первого</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses id {reverses}, which is no ledger entry (changed outside sortapp)</source>
        <translation>запись книги учёта {uid}: сторнирует id {reverses}, но такой записи нет (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses id {reverses}, which is no sorting entry (changed outside sortapp)</source>
        <translation>запись сортировки {uid}: сторнирует id {reverses}, но такой записи нет (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses ledger entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>запись книги учёта {uid}: сторнирует запись {reversed} с id {reverses}, меньше первого (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses sorting entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>запись сортировки {uid}: сторнирует запись {reversed} с id {reverses}, меньше первого (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entries reversing none</source>
        <translation>записи книги учёта, сторнирующие несуществующие записи</translation>
    </message>
    <message>
        <source>sorting entries reversing none</source>
        <translation>записи сортировки, сторнирующие несуществующие записи</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id {number} follows a gap in the ids (sortapp numbers audit entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>запись аудита {uid}: её id {number} следует за пропуском в нумерации (sortapp нумерует записи аудита подряд: добавлена вне sortapp или предыдущие удалены)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id {number} follows a gap in the ids (sortapp numbers ledger entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>запись книги учёта {uid}: её id {number} следует за пропуском в нумерации (sortapp нумерует записи книги учёта подряд: добавлена вне sortapp или предыдущие удалены)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id {number} follows a gap in the ids (sortapp numbers sorting entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>запись сортировки {uid}: её id {number} следует за пропуском в нумерации (sortapp нумерует записи сортировки подряд: добавлена вне sortapp или предыдущие удалены)</translation>
    </message>
    <message>
        <source>audit entries after a gap in the ids</source>
        <translation>записи аудита после пропуска в нумерации</translation>
    </message>
    <message>
        <source>users: their roles, active flags and names cannot be checked against the signed user.add and user.set entries: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>пользователи: их роли, признаки активности и имена нельзя сверить с подписанными записями user.add и user.set: ключ объекта ({row}) не читается (изменён вне sortapp)</translation>
    </message>
    <message>
        <source>user {name}: holds the site key though the signed entries make them {state} (given it outside sortapp)</source>
        <translation>пользователь {name}: владеет ключом объекта, хотя по подписанным записям у него {state} (передан вне sortapp)</translation>
    </message>
    <message>
        <source>signed entries: their signatures cannot be checked: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>подписанные записи: их подписи нельзя проверить: ключ объекта ({row}) не читается (изменён вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entries after a gap in the ids</source>
        <translation>записи книги учёта после пропуска в нумерации</translation>
    </message>
    <message>
        <source>sorting entries after a gap in the ids</source>
        <translation>записи сортировки после пропуска в нумерации</translation>
    </message>
    <message>
        <source>audit entry {uid}: {problem}</source>
        <translation>запись аудита {uid}: {problem}</translation>
    </message>
    <message>
        <source>audit entry {uid}: the chain is broken (previous hash does not match)</source>
        <translation>запись аудита {uid}: цепочка нарушена (предыдущий хеш не совпадает)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its content does not match its hash</source>
        <translation>запись аудита {uid}: её содержимое не совпадает с её хешем</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>записи аудита</translation>
    </message>
    <message>
        <source>audit entry {uid}: its uid is not that of its place in the log (written outside sortapp: sortapp&apos;s next entry under that uid would be refused)</source>
        <translation>запись аудита {uid}: её идентификатор не соответствует её месту в журнале (записана вне sortapp: следующая запись sortapp с этим идентификатором была бы отклонена)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: {problem} (its own or a row&apos;s it names)</source>
        <translation>запись книги учёта {uid}: {problem} (в ней самой или в строке, которую она называет)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its lines do not match its hash</source>
        <translation>запись книги учёта {uid}: её строки не совпадают с её хешем</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>записи книги учёта</translation>
    </message>
    <message>
        <source>ledger entry {uid}: not recorded as such in the audit log</source>
        <translation>запись книги учёта {uid}: не зафиксирована как таковая в журнале аудита</translation>
    </message>
    <message>
        <source>ledger entry {uid}: in the audit log but missing from the ledger</source>
        <translation>запись книги учёта {uid}: есть в журнале аудита, но отсутствует в книге учёта</translation>
    </message>
    <message>
        <source>ledger: {bad} audit records name ledger entries that differ from them</source>
        <translation>книга учёта: записей аудита, называющих отличающиеся от них записи книги учёта: {bad}</translation>
    </message>
    <message>
        <source>ledger entry {uid}: carats or stones do not balance</source>
        <translation>запись книги учёта {uid}: караты или камни не сходятся</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>запись книги учёта {uid}: сторнирована дважды (sortapp сторнирует запись один раз; изменено вне sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: a second closing of its lot&apos;s sorting (a lot is closed once; appended outside sortapp)</source>
        <translation>запись книги учёта {uid}: второе закрытие сортировки её партии (партию закрывают один раз; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: in the audit log but not stored</source>
        <translation>запись сортировки {uid}: есть в журнале аудита, но не сохранена</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not match the audit log</source>
        <translation>запись сортировки {uid}: не совпадает с журналом аудита</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>запись сортировки {uid}: сторнирована дважды (sortapp сторнирует запись один раз; изменено вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: {problem}</source>
        <translation>запись сортировки {uid}: {problem}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: a loss with stones (sortapp weighs a loss, never counts it: counted stones written off as one; added outside sortapp)</source>
        <translation>запись сортировки {uid}: потеря с камнями (sortapp взвешивает потерю и никогда её не считает: подсчитанные камни списаны как потеря; добавлено в обход sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes stones off without reversing an entry (sortapp takes stones off only by a correction; added outside sortapp)</source>
        <translation>запись сортировки {uid}: убирает камни, не сторнируя запись (sortapp убирает камни только исправлением; добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: no stones of its size class could weigh its carats as counted (sortapp refuses such goods; added outside sortapp)</source>
        <translation>запись сортировки {uid}: никакие камни её размерно-весовой группы не могли бы весить её караты при таком счёте (sortapp отклоняет такой товар; добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: of a sorting entry that is not there (written outside sortapp: sortapp&apos;s entry of that id would be refused)</source>
        <translation>взвешивание № {id}: записи сортировки, которой нет (записано вне sortapp: запись sortapp с этим номером была бы отклонена)</translation>
    </message>
    <message>
        <source>{what}: signed by {user}, whom the signed user.add and user.set entries had made {state} then (their user row changed outside sortapp for the moment)</source>
        <translation>{what}: подписано пользователем {user}, которому подписанные записи user.add и user.set тогда дали {state} (его строка пользователя изменена вне sortapp на это время)</translation>
    </message>
    <message>
        <source>{what}: imported as signed with the key pinned for {sender} ({key}), but the key the signed pinnings had pinned for {sender} then was {pinned} (the pin changed outside sortapp for the import)</source>
        <translation>{what}: импортирован как подписанный ключом, закреплённым за {sender} ({key}), но подписанные закрепления тогда закрепляли за {sender} ключ {pinned} (закрепление изменено вне sortapp на время импорта)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>transfer files imported under a pin changed outside sortapp</source>
        <translation>файлов передачи, импортированных при закреплении, изменённом вне sortapp</translation>
    </message>
    <message>
        <source>sorting entries: {stored} stored, {recorded} in the audit log</source>
        <translation>записи сортировки: сохранено {stored}, в журнале аудита {recorded}</translation>
    </message>
    <message>
        <source>sorting entries</source>
        <translation>записи сортировки</translation>
    </message>
    <message>
        <source>weighings</source>
        <translation>взвешиваний</translation>
    </message>
    <message>
        <source>sorting entry {uid}: specials not recorded one counted stone an entry (sortapp records each special alone; added outside sortapp)</source>
        <translation>запись сортировки {uid}: алмазы специальных размеров записаны не по одному подсчитанному камню на запись (sortapp записывает каждый такой алмаз отдельно; добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: goods counted as no stones (sortapp records goods it did not count as not counted; added outside sortapp)</source>
        <translation>запись сортировки {uid}: товар подсчитан как ноль камней (sortapp записывает неподсчитанный товар как не подсчитанный; добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>{name}: no import of a sorting file records it (added outside sortapp, or recorded by a forged audit entry)</source>
        <translation>{name}: ни один импорт файла сортировки её не фиксирует (добавлена вне sortapp или зафиксирована поддельной записью аудита)</translation>
    </message>
    <message>
        <source>{name}: differs from the import that records it (audit entry {uid})</source>
        <translation>{name}: не совпадает с импортом, который её фиксирует (запись аудита {uid})</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes {ct} ct off but reverses no entry</source>
        <translation>запись сортировки {uid}: снимает {ct} кар, но не сторнирует ни одной записи</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as {action} but reverses no entry</source>
        <translation>запись сортировки {uid}: зафиксирована как {action}, но не сторнирует ни одной записи</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but is recorded as {action} (a reversal is recorded as sort.correct or sort.undo)</source>
        <translation>запись сортировки {uid}: сторнирует запись {reversed}, но зафиксирована как {action} (сторно фиксируется как sort.correct или sort.undo)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but no sort.correct or sort.undo records it</source>
        <translation>запись сортировки {uid}: сторнирует запись {reversed}, но её не фиксирует ни sort.correct, ни sort.undo</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not exactly reverse entry {reversed} (the same lot, category or loss and stones counted; its carats and stones negated)</source>
        <translation>запись сортировки {uid}: сторнирует запись {reversed} неточно (нужны та же партия, категория или потеря и подсчёт камней; караты и камни с обратным знаком)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entered by {author}</source>
        <translation>запись сортировки {uid}: зафиксирована как sort.undo пользователем {undoer}, но внесена пользователем {author}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entry {reversed} was made by {owner} (an operator undoes only their own entry)</source>
        <translation>запись сортировки {uid}: зафиксирована как sort.undo пользователем {undoer}, но запись {reversed} внёс(ла) {owner} (оператор отменяет только свою запись)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo without a reason</source>
        <translation>запись сортировки {uid}: зафиксирована как sort.undo без причины</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo of entry {reversed}, which was not the last entry of lot {lot} then (anything older needs a supervisor&apos;s signed sort.correct)</source>
        <translation>запись сортировки {uid}: зафиксирована как sort.undo записи {reversed}, которая тогда не была последней записью партии {lot} (для более ранних нужна подписанная sort.correct старшего смены)</translation>
    </message>
    <message>
        <source>balance {key}: differs from the sum of its ledger lines</source>
        <translation>остаток {key}: отличается от суммы его строк книги учёта</translation>
    </message>
    <message>
        <source>balances: the stored balances do not add up to the ledger</source>
        <translation>остатки: хранимые остатки не сходятся с книгой учёта</translation>
    </message>
    <message>
        <source>balance {key}: negative ({mct} mct, {stones} stones)</source>
        <translation>остаток {key}: отрицательный ({mct} mct, камни: {stones})</translation>
    </message>
    <message>
        <source>lot {lot}: weighed carats differ from the carats received in the ledger</source>
        <translation>партия {lot}: взвешенные караты отличаются от принятых по книге учёта</translation>
    </message>
    <message>
        <source>lot {lot}: its kept sorting total differs from its sorting entries</source>
        <translation>партия {lot}: её хранимый итог сортировки расходится с её записями сортировки</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>строки остатков</translation>
    </message>
    <message>
        <source>lot {lot}: closed, but goods still wait for sorting</source>
        <translation>партия {lot}: закрыта, но товар ещё ждёт сортировки</translation>
    </message>
    <message>
        <source>parcel {parcel}: its goods are not where its status says</source>
        <translation>посылка {parcel}: её товар не там, где указывает её статус</translation>
    </message>
    <message>
        <source>ledger: all lines add up to {total} mct instead of 0</source>
        <translation>книга учёта: сумма всех строк {total} mct вместо 0</translation>
    </message>
    <message>
        <source>ledger: its table holds {held} lines, the ledger entries {read} (a line outside every entry, or an index edited or damaged: a full verify, index by index, names the rows)</source>
        <translation>книга учёта: в её таблице {held} строк, в проводках {read} (строка вне всех проводок или изменённый либо повреждённый индекс: полная проверка, индекс за индексом, называет строки)</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed carats</source>
        <translation>посылка {parcel}: в книге учёта нет опломбированных карат</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed stones</source>
        <translation>посылка {parcel}: в книге учёта нет опломбированных камней</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger holds other goods in it than its sealed lines (another lot or category)</source>
        <translation>посылка {parcel}: книга учёта держит в ней иной товар, чем её опломбированные строки (другая партия или категория)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its data do not match its sealed fingerprint</source>
        <translation>посылка {parcel}: её данные не совпадают с её отпечатком при опломбировании</translation>
    </message>
    <message>
        <source>the other checks were not run: the schema must be sortapp&apos;s first</source>
        <translation>остальные проверки не выполнялись: сначала схема должна стать схемой sortapp</translation>
    </message>
    <message>
        <source>printed marks</source>
        <translation>печатные отметки</translation>
    </message>
    <message>
        <source>no seal recorded: the file was written to while it was verified (the next verify makes one)</source>
        <translation>печать не записана: в файл записывали во время проверки (следующая проверка её сделает)</translation>
    </message>
    <message>
        <source>checkpoint problems</source>
        <translation>проблемы контрольных точек</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of the file ({error}): the checks that read it were not run to the end; restore the last good backup</source>
        <translation>SQLite не может прочитать часть файла ({error}): проверки, которые её читают, не доведены до конца; восстановите последнюю исправную резервную копию</translation>
    </message>
    <message>
        <source>limit: {limit} is not a number of entries from 0 to {most}</source>
        <translation>лимит: {limit} — не число записей от 0 до {most}</translation>
    </message>
    <message>
        <source>offset: {offset} is not a number of entries from 0 to {most}</source>
        <translation>смещение: {offset} — не число записей от 0 до {most}</translation>
    </message>
    <message>
        <source>lot {lot}: received again by a later lot.receive entry (sortapp receives a lot once; appended outside sortapp)</source>
        <translation>партия {lot}: принята повторно более поздней записью lot.receive (sortapp принимает партию один раз; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again by an entry no supervisor signed (appended outside sortapp)</source>
        <translation>партия {lot}: взвешена повторно записью, которую не подписал ни один супервайзер (добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a {action} entry after its seal (sortapp values and prices a parcel before it is sealed; appended outside sortapp)</source>
        <translation>посылка {parcel}: запись {action} после её опломбирования (sortapp оценивает посылку и назначает цены до опломбирования; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a later {action} entry records it again (sortapp does that once; appended outside sortapp)</source>
        <translation>посылка {parcel}: более поздняя запись {action} записывает это повторно (sortapp делает это один раз; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no lot.receive entry received it under this number (added or renamed outside sortapp)</source>
        <translation>партия {lot}: ни одна запись lot.receive не приняла её под этим номером (добавлена или переименована вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are stated by none of its entries (its receipt&apos;s weight left out of it, or changed outside sortapp)</source>
        <translation>партия {lot}: её взвешенные караты не указаны ни в одной из её записей (вес пропущен в записи о её приёмке, или изменены вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no origin recorded (sortapp receives a lot with its origins; added outside sortapp)</source>
        <translation>партия {lot}: происхождение не записано (sortapp принимает партию с её происхождением; добавлена вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed stones are not those its weighings stated (changed outside sortapp)</source>
        <translation>партия {lot}: её взвешенные камни не те, что указаны её взвешиваниями (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed by its {action} entry, which records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>партия {lot}: взвешена записью {action}, которая не записывает взвешивания (sortapp записывает, откуда взята каждая масса; записано вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again after its sorting began (sortapp weighs a lot again only before its first sorting entry; its entries or its status written around sortapp)</source>
        <translation>партия {lot}: перевзвешена после начала сортировки (sortapp перевзвешивает партию только до её первой записи сортировки; её записи или статус записаны в обход sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is recorded by none of its receipt, weighing or reweighing entries (added outside sortapp)</source>
        <translation>партия {lot}: её взвешивание № {id} не записано ни одной из её записей приёма, взвешивания или перевзвешивания (добавлено вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states no carats (written outside sortapp)</source>
        <translation>партия {lot}: её взвешивание № {id} показывает {ct} кар, но запись, которая его внесла, не указывает карат (записано вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states {stated} ct (written outside sortapp)</source>
        <translation>партия {lot}: её взвешивание № {id} показывает {ct} кар, но запись, которая его внесла, указывает {stated} кар (записано вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is dated {at}, but the entry that recorded it is dated {entry_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>партия {lot}: её взвешивание № {id} датировано {at}, а запись, которая его внесла, датирована {entry_at} (sortapp записывает их одновременно; записано вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its recorded facts ({columns}) are not those its lot.receive entry recorded (changed outside sortapp)</source>
        <translation>партия {lot}: её записанные данные ({columns}) не те, что записала её запись lot.receive (изменены вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are not those its last weighing recorded (changed outside sortapp)</source>
        <translation>партия {lot}: её взвешенные караты не те, что записало её последнее взвешивание (изменены вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight flag is not what its weighing against the declared carats made it (changed outside sortapp)</source>
        <translation>партия {lot}: её отметка о весе не та, что дало её взвешивание против заявленных карат (изменена вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight difference&apos;s acknowledgement is not what its last signed lot.acknowledge or lot.reweigh left (changed outside sortapp)</source>
        <translation>партия {lot}: подтверждение расхождения её веса не то, что оставила её последняя подписанная запись lot.acknowledge или lot.reweigh (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed, though no supervisor acknowledged its weight difference (closed outside sortapp&apos;s rules)</source>
        <translation>партия {lot}: её сортировка закрыта, хотя ни один супервайзер не подтвердил расхождение её веса (закрыта в обход правил sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: {status}, though the ledger holds the closing of its sorting (its status set back outside sortapp)</source>
        <translation>партия {lot}: {status}, хотя в книге учёта есть закрытие её сортировки (её статус возвращён назад вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: sorted, though the ledger holds no closing of its sorting (changed outside sortapp)</source>
        <translation>партия {lot}: отсортирована, хотя в книге учёта нет закрытия её сортировки (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a difference beyond the tolerance then in effect by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>партия {lot}: её сортировка закрыта с расхождением сверх действовавшего тогда допуска записью, которую не подписал ни один супервайзер (добавлена вне sortapp, или её принятие подделано)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a stone difference by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>партия {lot}: её сортировка закрыта с расхождением по камням записью, которую не подписал ни один супервайзер (добавлена вне sortapp, или её принятие подделано)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting&apos;s difference was accepted by {user}, who entered results of the lot (two-person rule: accepted by another supervisor only; its entries or its acceptance written around sortapp)</source>
        <translation>партия {lot}: расхождение её сортировки принял {user}, который вводил результаты этой партии (правило двух лиц: принимает только другой супервизор; её записи или принятие записаны в обход sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its KP certificate is not the one its signed parcel.seal named, or it has one though none sealed it (changed outside sortapp)</source>
        <translation>посылка {parcel}: её сертификат КП не тот, что назвала её подписанная запись parcel.seal, или он есть, хотя её не опломбировали (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a carrier, an air waybill or a time of shipping, though no signed parcel.ship shipped it (changed outside sortapp)</source>
        <translation>посылка {parcel}: перевозчик, авианакладная или время отправки, хотя ни одна подписанная запись parcel.ship её не отправила (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: {status}, but its last signed parcel.seal, parcel.ship or parcel.void made it {expected} (changed outside sortapp)</source>
        <translation>посылка {parcel}: {status}, но её последняя подписанная запись parcel.seal, parcel.ship или parcel.void сделала её {expected} (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its fingerprint is not the one its signed parcel.seal recorded (changed outside sortapp)</source>
        <translation>посылка {parcel}: её отпечаток не тот, что записала её подписанная запись parcel.seal (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: shipped, but its time of shipping is gone (changed outside sortapp)</source>
        <translation>посылка {parcel}: отправлена, но время её отправки исчезло (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its carrier or air waybill is not what its signed parcel.ship recorded (changed outside sortapp)</source>
        <translation>посылка {parcel}: её перевозчик или авианакладная не те, что записала её подписанная запись parcel.ship (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its reason for voiding is not the one its signed parcel.void recorded (changed outside sortapp)</source>
        <translation>посылка {parcel}: её причина аннулирования не та, что записала её подписанная запись parcel.void (изменено вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>запись сортировки {uid}: не записывает взвешивания (sortapp записывает, откуда взята каждая масса; записано вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: dated {at}, but {what} it weighed is dated {record_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>взвешивание № {id}: датировано {at}, а {what}, которую оно взвесило, датирована {record_at} (sortapp записывает их одновременно; записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: its weighing #{id} says {ct} ct, but {recorded} ct is recorded (sortapp records the weight it took; written outside sortapp)</source>
        <translation>{what}: её взвешивание № {id} показывает {ct} кар, но записано {recorded} кар (sortapp записывает снятую им массу; записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: typed by hand at {at}, when this site took weights from the balance only (sortapp refuses a typed weight then; written outside sortapp)</source>
        <translation>{what}: введено вручную в {at}, когда этот объект принимал массу только с весов (sortapp тогда отклоняет введённую массу; записано вне sortapp)</translation>
    </message>
    <message>
        <source>sorting entries {first} to {last}: imported from file {file}, whose weights were typed, while this site took weights from the balance only (sortapp refuses such a file then; written outside sortapp)</source>
        <translation>записи сортировки с {first} по {last}: импортированы из файла {file} с введёнными вручную массами, когда этот объект принимал массу только с весов (sortapp тогда отклоняет такой файл; записано вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: records the capture weighing #{other} records (one reading off the balance is one weight; written outside sortapp)</source>
        <translation>взвешивание № {id}: записывает то же показание, что и взвешивание № {other} (одно показание весов — одна масса; записано вне sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: records no capture off the balance (sortapp checks a balance with a reading captured off it; written outside sortapp)</source>
        <translation>проверка № {id} весов {balance}: не записывает снятого с весов показания (sortapp проверяет весы по снятому с них показанию; записано вне sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: recorded at {at}, on the site&apos;s day {judged}, yet said to be of {day} (written outside sortapp)</source>
        <translation>проверка № {id} весов {balance}: записана в {at}, в день объекта {judged}, но указана как проверка за {day} (записано вне sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id}</source>
        <translation>проверка весов № {id}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>партия {lot}</translation>
    </message>
    <message>
        <source>{what} (weighing #{id})</source>
        <translation>{what} (взвешивание № {id})</translation>
    </message>
    <message>
        <source>{what}: the reading captured off balance {balance} (&apos;{reading}&apos;) is not the {ct} ct recorded (written outside sortapp)</source>
        <translation>{what}: показание, снятое с весов {balance} («{reading}»), не равно записанным {ct} кар (записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: the line balance {balance} sent (&apos;{raw}&apos;) does not read {ct} ct with any protocol it was registered with (written outside sortapp)</source>
        <translation>{what}: строка, переданная весами {balance} («{raw}»), не читается как {ct} кар ни по одному протоколу, с которым они были зарегистрированы (записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} on port &apos;{port}&apos;, which it was never registered on (written outside sortapp)</source>
        <translation>{what}: снято с весов {balance} на порту «{port}», на котором они никогда не были зарегистрированы (записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: {ct} ct captured off balance {balance}, outside every load range it was registered with (sortapp takes no weight below a balance&apos;s minimum load or above its maximum; written outside sortapp)</source>
        <translation>{what}: {ct} кар снято с весов {balance} вне любого диапазона нагрузки, с которым они были зарегистрированы (sortapp не принимает массу ниже наименьшей нагрузки весов или выше наибольшей; записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: balance {balance}&apos;s line (&apos;{raw}&apos;) marks its last digit as not verified, and the balance was registered as verified for trade throughout (written outside sortapp)</source>
        <translation>{what}: строка весов {balance} («{raw}») помечает последнюю цифру как неповеренную, а весы всё время были зарегистрированы как поверенные для торговли (записано вне sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} at &apos;{captured}&apos;, not within the 10 minutes before it was recorded at {at} (written outside sortapp)</source>
        <translation>{what}: снято с весов {balance} в «{captured}», не в пределах 10 минут до записи в {at} (записано вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, when its calibration was due on {due} (sortapp blocks capture then; written outside sortapp)</source>
        <translation>взвешивание № {id}: снято с весов {balance} {day}, когда срок их калибровки истёк {due} (sortapp тогда блокирует снятие; записано вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} before any calibration of it was recorded (sortapp blocks capture then; written outside sortapp)</source>
        <translation>взвешивание № {id}: снято с весов {balance} до того, как была записана хоть одна их калибровка (sortapp тогда блокирует снятие; записано вне sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, which had not passed its daily check that day (sortapp blocks capture then; written outside sortapp)</source>
        <translation>взвешивание № {id}: снято с весов {balance} {day}, которые в тот день не прошли ежедневную проверку (sortapp тогда блокирует снятие; записано вне sortapp)</translation>
    </message>
    <message>
        <source>these figures differ from the ones {by} exported on {at}: something dated within the period was recorded since; export them again and send the amended figures to the KP authority</source>
        <translation>эти цифры отличаются от выгруженных пользователем {by} {at}: с тех пор записано что-то, датированное этим периодом; выгрузите их снова и отправьте исправленные цифры органу КП</translation>
    </message>
    <message>
        <source>{what} is dated {day}, within {first} to {last}, whose KP statistics {by} exported on {at}: they change; export them again and send the amended figures to the KP authority (or tell a supervisor)</source>
        <translation>{what}: дата {day}, в периоде с {first} по {last}, статистику КП за который выгрузил пользователь {by} {at}: она меняется; выгрузите её снова и отправьте исправленные цифры органу КП (или сообщите руководителю)</translation>
    </message>
</context>
</TS>

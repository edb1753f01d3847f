<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: the password does not open their site signing key, so it was set outside sortapp; an admin checks the database (verify) and sets their password again</source>
        <translation>início de sessão recusado para «{name}»: a palavra-passe não abre a sua chave de assinatura do site, por isso foi definida fora do sortapp; um administrador verifica a base de dados (verify) e define de novo a sua palavra-passe</translation>
    </message>
    <message>
        <source>{name} is the last holder of the site signing key: without them no checkpoint could be signed again. Give the key to another supervisor or admin first; nothing was changed</source>
        <translation>{name} é o último detentor da chave de assinatura do local: sem ele, nenhum ponto de controlo poderia voltar a ser assinado. Dê primeiro a chave a outro supervisor ou administrador; nada foi alterado</translation>
    </message>
    <message>
        <source>{name} no longer holds the site signing key</source>
        <translation>{name} já não detém a chave de assinatura do local</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key yet: a supervisor or admin who holds it gives it to them ({name} types their password)</source>
        <translation>{name} ainda não detém a chave de assinatura do local: um supervisor ou administrador que a detenha dá-lha ({name} introduz a sua palavra-passe)</translation>
    </message>
    <message>
        <source>giving the site signing key</source>
        <translation>a cedência da chave de assinatura do local</translation>
    </message>
    <message>
        <source>{name} does not hold the site signing key, so cannot give it</source>
        <translation>{name} não detém a chave de assinatura do local e por isso não a pode dar</translation>
    </message>
    <message>
        <source>site key grant: unknown user or wrong password for &apos;{name}&apos;</source>
        <translation>cedência da chave do local: utilizador desconhecido ou palavra-passe errada para «{name}»</translation>
    </message>
    <message>
        <source>{name} is not an active supervisor or admin; operators never hold the key</source>
        <translation>{name} não é um supervisor ou administrador activo; os operadores nunca detêm a chave</translation>
    </message>
    <message>
        <source>{name} is not a supervisor or admin as the signed entries made them (changed outside sortapp); nothing was done; an admin checks the database (verify)</source>
        <translation>{name} não é supervisor ou administrador segundo as entradas assinadas (alterado fora do sortapp); nada foi feito; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>this site has no signing key yet: it is made when a supervisor or admin signs in</source>
        <translation>este local ainda não tem chave de assinatura: é criada quando um supervisor ou administrador inicia sessão</translation>
    </message>
    <message>
        <source>mark: &apos;{text}&apos; is not a document&apos;s audit mark; type it as printed in the footer, such as KSF-A1234 3f2a91c07b1e</source>
        <translation>marca: «{text}» não é a marca de auditoria de um documento; introduza-a tal como está impressa no rodapé, por exemplo KSF-A1234 3f2a91c07b1e</translation>
    </message>
    <message>
        <source>printed mark {uid}: of site {site}, not of this site {code}</source>
        <translation>marca impressa {uid}: do local {site}, não deste local {code}</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix}: entry {uid} is missing from the log</source>
        <translation>marca impressa {uid} {prefix}: a entrada {uid} falta no registo</translation>
    </message>
    <message>
        <source>printed mark {uid} {prefix} contradicts the audit log: entry {uid} has another hash</source>
        <translation>a marca impressa {uid} {prefix} contradiz o registo de auditoria: a entrada {uid} tem outro hash</translation>
    </message>
    <message>
        <source>the database, checkpoint row {row}</source>
        <translation>a base de dados, linha de ponto de controlo {row}</translation>
    </message>
    <message>
        <source>restore statement {when} (entry {count}, by {by}; in {where})</source>
        <translation>declaração de restauração {when} (entrada {count}, por {by}; em {where})</translation>
    </message>
    <message>
        <source>checkpoint {when} (entry {count}, by {by}; in {where})</source>
        <translation>ponto de controlo {when} (entrada {count}, por {by}; em {where})</translation>
    </message>
    <message>
        <source>the live database, checkpoint row {row}</source>
        <translation>a base de dados em uso, linha de ponto de controlo {row}</translation>
    </message>
    <message>
        <source>checkpoint in {where}: not a readable checkpoint (damaged?)</source>
        <translation>ponto de controlo em {where}: ilegível (danificado?)</translation>
    </message>
    <message>
        <source>{what} has a signature that is not valid: forged or damaged</source>
        <translation>{what}: assinatura inválida, forjada ou danificada</translation>
    </message>
    <message>
        <source>{what} was signed with the site key {key}, but the database holds no site key</source>
        <translation>{what}: assinado com a chave do local {key}, mas a base de dados não contém nenhuma chave do local</translation>
    </message>
    <message>
        <source>{what} was signed with key {key}, not with the site key {site_key}: the database&apos;s key was replaced</source>
        <translation>{what}: assinado com a chave {key}, não com a chave do local {site_key}: a chave da base de dados foi substituída</translation>
    </message>
    <message>
        <source>{what} does not follow a restore in the audit log (a &apos;restore&apos; entry by {by} right after entry {entry}): forged, it sets no checkpoint aside</source>
        <translation>{what}: não segue uma restauração no registo de auditoria (uma entrada «restore» de {by} logo após a entrada {entry}): falsificação, nenhum ponto de controlo é posto de parte</translation>
    </message>
    <message>
        <source>history replaced by a restore at {when} by {by} (audit entry {entry})</source>
        <translation>histórico substituído por uma restauração em {when} por {by} (entrada de auditoria {entry})</translation>
    </message>
    <message>
        <source>the log ends at {uid}</source>
        <translation>o registo termina em {uid}</translation>
    </message>
    <message>
        <source>the log is empty</source>
        <translation>o registo está vazio</translation>
    </message>
    <message>
        <source>entry {entry} is missing ({ends}): entries were cut from the log&apos;s end, or this file is an older copy of one that went on</source>
        <translation>a entrada {entry} falta ({ends}): foram cortadas entradas do fim do registo, ou este ficheiro é uma cópia mais antiga de um que continuou</translation>
    </message>
    <message>
        <source>{said}; it agrees with the checkpoint of {uid}, so the change lies after that</source>
        <translation>{said}; concorda com o ponto de controlo de {uid}, portanto a alteração é posterior</translation>
    </message>
    <message>
        <source>{what} contradicts the audit log: {said}</source>
        <translation>{what} contradiz o registo de auditoria: {said}</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoint of the replaced history set aside</source>
        <translation>{said}: {count} ponto de controlo do histórico substituído posto de parte</translation>
    </message>
    <message>
        <source>{said}: {count} checkpoints of the replaced history set aside</source>
        <translation>{said}: {count} pontos de controlo do histórico substituído postos de parte</translation>
    </message>
    <message>
        <source>entry {entry} has another hash</source>
        <translation>a entrada {entry} tem outro hash</translation>
    </message>
    <message>
        <source>{found} entries lead to {entry}, the checkpoint counted {count}</source>
        <translation>{found} entradas levam a {entry}, o ponto de controlo contou {count}</translation>
    </message>
    <message>
        <source>the site key is held by nobody: no checkpoint can be signed; no active supervisor or admin has a wrap of it (removed outside sortapp?), so later changes are anchored nowhere</source>
        <translation>ninguém detém a chave do local: nenhum ponto de controlo pode ser assinado; nenhum supervisor ou administrador activo tem um invólucro dela (removido fora do sortapp?), pelo que as alterações seguintes não ficam ancoradas em lado nenhum</translation>
    </message>
    <message>
        <source>the site has a signing key and its holders have acted since it was made, but no checkpoint was found (in the database, the checkpoint folder or the backups&apos; sidecars): checkpoints were deleted; check the log against a checkpoint folder on other media</source>
        <translation>o local tem uma chave de assinatura e os seus detentores agiram desde que foi criada, mas não foi encontrado nenhum ponto de controlo (na base de dados, na pasta de pontos de controlo ou nos ficheiros anexos das cópias de segurança): foram eliminados pontos de controlo; confira o registo com uma pasta de pontos de controlo noutro suporte</translation>
    </message>
    <message>
        <source>checkpoint {number} was deleted: audit entry {uid} records that it existed</source>
        <translation>o ponto de controlo {number} foi eliminado: a entrada de auditoria {uid} regista que existia</translation>
    </message>
    <message>
        <source>checkpoint {number} was changed after audit entry {uid} recorded it</source>
        <translation>o ponto de controlo {number} foi alterado depois de a entrada de auditoria {uid} o ter registado</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>linha {line}: {message}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({error})</source>
        <translation>linha {line}: não é legível como CSV ({error})</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>ficheiro não encontrado: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, pipe or device)</source>
        <translation>{path} não é um ficheiro (uma pasta, um pipe ou um dispositivo)</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} não é texto UTF-8; guarde-o como CSV UTF-8</translation>
    </message>
    <message>
        <source>scan or type a lot, parcel, certificate or label number</source>
        <translation>leia ou introduza um número de lote, encomenda, certificado ou etiqueta</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is no lot, parcel, KP certificate or label number of this site</source>
        <translation>«{number}» não é número de lote, encomenda, CPK ou etiqueta deste local</translation>
    </message>
    <message>
        <source>Entry {uid} of lot {lot}</source>
        <translation>Entrada {uid} do lote {lot}</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>Lote {lot}</translation>
    </message>
    <message>
        <source>Parcel {parcel}</source>
        <translation>Encomenda {parcel}</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel} (it covers {parcels})</source>
        <translation>CPK {number}: encomenda {parcel} (abrange {parcels})</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel}</source>
        <translation>CPK {number}: encomenda {parcel}</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot} (with {lots})</source>
        <translation>CPK de entrada {number}: lote {lot} (com {lots})</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot}</source>
        <translation>CPK de entrada {number}: lote {lot}</translation>
    </message>
    <message>
        <source>this database has no site yet; create the site first</source>
        <translation>esta base de dados ainda não tem local; crie primeiro o local</translation>
    </message>
    <message>
        <source>{field}: the text is too long (2000 characters at most)</source>
        <translation>{field}: o texto é demasiado longo (2000 caracteres no máximo)</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a number of days from 1 to 3660</source>
        <translation>{field}: «{value}» não é um número de dias de 1 a 3660</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a whole number from {low} to {high}</source>
        <translation>{field}: «{value}» não é um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is more than the whole lot; enter at most 100 %</source>
        <translation>{field}: «{value}» é mais do que o lote inteiro; introduza no máximo 100 %</translation>
    </message>
    <message>
        <source>{field}: answer yes or no</source>
        <translation>{field}: responda yes ou no</translation>
    </message>
    <message>
        <source>{field}: use one of {choices}</source>
        <translation>{field}: use um dos valores {choices}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time zone (e.g. Africa/Gaborone)</source>
        <translation>{field}: «{value}» não é um fuso horário (por exemplo Africa/Gaborone)</translation>
    </message>
    <message>
        <source>{field}: use one of {codes}</source>
        <translation>{field}: use um dos códigos {codes}</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>palavra-passe: use pelo menos {count} caracteres</translation>
    </message>
    <message>
        <source>password: use at most {count} characters</source>
        <translation>palavra-passe: use no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>password: this is one of the most common passwords, which are tried first; choose another (a few unrelated words make a good one)</source>
        <translation>palavra-passe: é uma das palavras-passe mais comuns, que são tentadas primeiro; escolha outra (algumas palavras sem relação entre si dão uma boa)</translation>
    </message>
    <message>
        <source>password: do not use the user name as the password</source>
        <translation>palavra-passe: não use o nome de utilizador como palavra-passe</translation>
    </message>
    <message>
        <source>user name: &apos;{name}&apos; must start with a letter and use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>nome de utilizador: «{name}» deve começar por uma letra e usar letras, algarismos, «.», «_», «-»</translation>
    </message>
    <message>
        <source>2-12 capital letters or digits, starting with a letter</source>
        <translation>2 a 12 letras maiúsculas ou algarismos, começando por uma letra</translation>
    </message>
    <message>
        <source>this database already has a site; nothing was changed</source>
        <translation>esta base de dados já tem um local; nada foi alterado</translation>
    </message>
    <message>
        <source>site code: &apos;{code}&apos; must be {rule}</source>
        <translation>código do local: «{code}» deve ter {rule}</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nome do local</translation>
    </message>
    <message>
        <source>site name: enter the facility&apos;s name</source>
        <translation>nome do local: introduza o nome das instalações</translation>
    </message>
    <message>
        <source>KP authority</source>
        <translation>Autoridade PK</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: this connection to the server is signed in as &apos;{session}&apos;; connect as &apos;{name}&apos; with their own password</source>
        <translation>início de sessão recusado para «{name}»: esta ligação ao servidor está autenticada como «{session}»; ligue-se como «{name}» com a sua própria palavra-passe</translation>
    </message>
    <message>
        <source>sign-in refused: &apos;{name}&apos; is locked after {failures} failed attempts until {until}; try again then, or ask an admin to unlock it</source>
        <translation>início de sessão recusado: «{name}» está bloqueado após {failures} tentativas falhadas até {until}; tente novamente nessa altura ou peça a um administrador que o desbloqueie</translation>
    </message>
    <message>
        <source>sign-in refused: unknown user or wrong password</source>
        <translation>início de sessão recusado: utilizador desconhecido ou palavra-passe errada</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password; after {count} or more failed attempts in a row it is locked until {until}</source>
        <translation>início de sessão recusado para «{name}»: utilizador desconhecido ou palavra-passe errada; após {count} ou mais tentativas falhadas seguidas fica bloqueado até {until}</translation>
    </message>
    <message>
        <source>unlocking a user</source>
        <translation>o desbloqueio de um utilizador</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; does not exist</source>
        <translation>o utilizador «{name}» não existe</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is inactive; nothing was changed</source>
        <translation>o utilizador «{name}» está inactivo; nada foi alterado</translation>
    </message>
    <message>
        <source>current password: &apos;{name}&apos; is locked after failed attempts until {until}; nothing was changed</source>
        <translation>palavra-passe actual: «{name}» está bloqueado após tentativas falhadas até {until}; nada foi alterado</translation>
    </message>
    <message>
        <source>current password: wrong password; nothing was changed</source>
        <translation>palavra-passe actual: palavra-passe errada; nada foi alterado</translation>
    </message>
    <message>
        <source>new password: it is your current password; choose another; nothing was changed</source>
        <translation>nova palavra-passe: é a sua palavra-passe actual; escolha outra; nada foi alterado</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; has no failed sign-ins; nothing changed</source>
        <translation>o utilizador «{name}» não tem inícios de sessão falhados; nada foi alterado</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>a listagem de utilizadores</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>bloqueado até {until}</translation>
    </message>
    <message>
        <source>{failures} failed sign-in</source>
        <translation>{failures} início de sessão falhado</translation>
    </message>
    <message>
        <source>{failures} failed sign-ins</source>
        <translation>{failures} inícios de sessão falhados</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>a adição de um utilizador</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; already exists</source>
        <translation>o utilizador «{name}» já existe</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>a alteração de um utilizador</translation>
    </message>
    <message>
        <source>you cannot demote or deactivate yourself; ask another admin</source>
        <translation>não se pode despromover nem desactivar a si próprio; peça a outro administrador</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and active; nothing was changed</source>
        <translation>o utilizador «{name}» já é {role} e está activo; nada foi alterado</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; is already {role} and inactive; nothing was changed</source>
        <translation>o utilizador «{name}» já é {role} e está inactivo; nada foi alterado</translation>
    </message>
    <message>
        <source>{name} gets the site signing key when a holder gives it to them ({name} types their password) or an admin who holds it sets their password</source>
        <translation>{name} recebe a chave de assinatura do local quando um detentor lha dá ({name} introduz a sua palavra-passe) ou um administrador que a detém define a sua palavra-passe</translation>
    </message>
    <message>
        <source>setting another user&apos;s password</source>
        <translation>a definição da palavra-passe de outro utilizador</translation>
    </message>
    <message>
        <source>changing site settings</source>
        <translation>a alteração das definições do local</translation>
    </message>
    <message>
        <source>name: enter the facility&apos;s name</source>
        <translation>nome: introduza o nome das instalações</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a site setting; use one of: name, {keys}</source>
        <translation>«{key}» não é uma definição do local; use uma de: name, {keys}</translation>
    </message>
    <message>
        <source>KP statistics were exported for periods whose imports are counted by the site&apos;s day: run those periods again, and where their figures differ, export them again and send the amended figures to the KP authority</source>
        <translation>Foram exportadas estatísticas do PK de períodos cujas importações se contam pelo dia do local: execute esses períodos de novo e, onde os números diferirem, exporte-os de novo e envie os números rectificados à autoridade do PK</translation>
    </message>
    <message>
        <source>changing the country list</source>
        <translation>a alteração da lista de países</translation>
    </message>
    <message>
        <source>country: &apos;{code}&apos; is not an ISO 3166-1 alpha-2 code</source>
        <translation>país: «{code}» não é um código ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <source>kp: use participant, eu (covered by the EU) or none</source>
        <translation>kp: use participant, eu (abrangido pela UE) ou none</translation>
    </message>
    <message>
        <source>name: enter the country&apos;s name</source>
        <translation>nome: introduza o nome do país</translation>
    </message>
    <message>
        <source>country {code} is already {name}, KP {kp}; nothing was changed</source>
        <translation>o país {code} já é {name}, PK {kp}; nada foi alterado</translation>
    </message>
    <message>
        <source>{field}: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only go to KP participants</source>
        <translation>{field}: {name} ({code}) não consta da lista de participantes no PK do local; os diamantes brutos só podem ir para participantes no PK</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a valid number; use 1-40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{field}: «{text}» não é um número válido; use 1 a 40 letras, algarismos, «.», «_», «/» ou «-», começando por uma letra ou algarismo</translation>
    </message>
    <message>
        <source>{field}: {cents!r} is not an amount of zero cents or more</source>
        <translation>{field}: {cents!r} não é um montante de zero cêntimos ou mais</translation>
    </message>
    <message>
        <source>{field}: {cents} cents is absurd; check the figure</source>
        <translation>{field}: {cents} cêntimos é absurdo; verifique o valor</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: introduza um montante acima de 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: the text is too long (200 characters at most)</source>
        <translation>{field}: o texto é demasiado longo (200 caracteres no máximo)</translation>
    </message>
    <message>
        <source>{field}: the text holds a line break or another control character (U+{code}); write it on one line of plain text</source>
        <translation>{field}: o texto contém uma quebra de linha ou outro carácter de controlo (U+{code}); escreva-o numa só linha de texto simples</translation>
    </message>
    <message>
        <source>{field}: the partner&apos;s file gives a text of {length} characters ({most} at most); ask the sending site to send it again</source>
        <translation>{field}: o ficheiro do parceiro dá um texto de {length} caracteres ({most} no máximo); peça ao site remetente que o envie de novo</translation>
    </message>
    <message>
        <source>{field}: say why, in a few words</source>
        <translation>{field}: diga porquê, em poucas palavras</translation>
    </message>
    <message>
        <source>{field}: a time before {first} is not when it happened; give the date it did</source>
        <translation>{field}: uma data anterior a {first} não é quando aconteceu; indique a data em que aconteceu</translation>
    </message>
    <message>
        <source>{field}: {when} UTC is later than now ({now} UTC by this computer&apos;s clock); give the date it happened</source>
        <translation>{field}: {when} UTC é posterior a agora ({now} UTC pelo relógio deste computador); indique a data em que aconteceu</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>{field}: «{text}» não é uma data; introduza AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{field}: &apos;{code}&apos; is not a known ISO 3166 country code; an admin can add it</source>
        <translation>{field}: «{code}» não é um código de país ISO 3166 conhecido; um administrador pode adicioná-lo</translation>
    </message>
    <message>
        <source>missing {fields}</source>
        <translation>falta {fields}</translation>
    </message>
    <message>
        <source>category {code} already exists</source>
        <translation>a categoria {code} já existe</translation>
    </message>
    <message>
        <source>category {code} appears twice in the file</source>
        <translation>a categoria {code} aparece duas vezes no ficheiro</translation>
    </message>
    <message>
        <source>unknown size &apos;{value}&apos;</source>
        <translation>classe de tamanho desconhecida «{value}»</translation>
    </message>
    <message>
        <source>unknown model &apos;{value}&apos;</source>
        <translation>modelo desconhecido «{value}»</translation>
    </message>
    <message>
        <source>unknown quality &apos;{value}&apos;</source>
        <translation>qualidade desconhecida «{value}»</translation>
    </message>
    <message>
        <source>unknown colour &apos;{value}&apos;</source>
        <translation>cor desconhecida «{value}»</translation>
    </message>
    <message>
        <source>HS code &apos;{code}&apos; is not one of {codes}</source>
        <translation>o código SH «{code}» não é um de {codes}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>classe de tamanho</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualidade</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language the assortment&apos;s names are kept in; use one of {languages}</source>
        <translation>«{language}» não é uma língua dos nomes do sortido; use uma de: {languages}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of name; use one of {kinds}</source>
        <translation>«{kind}» não é um tipo de nome; use um de: {kinds}</translation>
    </message>
    <message>
        <source>{kind}: &apos;{code}&apos; is not in the assortment</source>
        <translation>{kind}: «{code}» não consta do sortido</translation>
    </message>
    <message>
        <source>the name ({language}) is empty; clear it to show the English name</source>
        <translation>o nome ({language}) está vazio; apague-o para mostrar o nome em inglês</translation>
    </message>
    <message>
        <source>the name ({language}) has {length} characters; at most {limit}</source>
        <translation>o nome ({language}) tem {length} caracteres; no máximo {limit}</translation>
    </message>
    <message>
        <source>changing the assortment&apos;s names</source>
        <translation>a alteração dos nomes do sortido</translation>
    </message>
    <message>
        <source>{column} has {length} characters; at most {limit}</source>
        <translation>{column} tem {length} caracteres; no máximo {limit}</translation>
    </message>
    <message>
        <source>importing an assortment</source>
        <translation>a importação de um sortido</translation>
    </message>
    <message>
        <source>adding a category</source>
        <translation>a adição de uma categoria</translation>
    </message>
    <message>
        <source>category {code}: {problem}</source>
        <translation>categoria {code}: {problem}</translation>
    </message>
    <message>
        <source>category: &apos;{code}&apos; is not in the assortment</source>
        <translation>categoria: «{code}» não consta do sortido</translation>
    </message>
    <message>
        <source>category {code} is retired</source>
        <translation>a categoria {code} foi retirada</translation>
    </message>
    <message>
        <source>changing the price book</source>
        <translation>a alteração da lista de preços</translation>
    </message>
    <message>
        <source>unknown categories in the price list: {codes}</source>
        <translation>categorias desconhecidas na lista de preços: {codes}</translation>
    </message>
    <message>
        <source>viewing the price book</source>
        <translation>a consulta da lista de preços</translation>
    </message>
    <message>
        <source>the database&apos;s schema is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>o esquema da base de dados não é o do sortapp ({objects}: alterado fora do sortapp): nada foi escrito; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>{name} is no longer an active user (an admin changed it since they signed in); nothing was written</source>
        <translation>{name} já não é um utilizador activo (um administrador alterou-o desde que entrou); nada foi escrito</translation>
    </message>
    <message>
        <source>{name} is {role} now (an admin changed it since they signed in); nothing was written: sign in again</source>
        <translation>{name} é agora {role} (um administrador alterou-o desde que entrou); nada foi escrito: entre de novo</translation>
    </message>
    <message>
        <source>the site key the database names is not the one this session signs with (changed outside sortapp): nothing was written; an admin checks the database (verify)</source>
        <translation>a chave do local que a base de dados indica não é aquela com que esta sessão assina (alterada fora do sortapp): nada foi escrito; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>{name} does not hold the site key, which signs every supervisor&apos;s and admin&apos;s action; a supervisor or admin who holds it can give it to them (site key grant); nothing was written</source>
        <translation>{name} não detém a chave do local, que assina cada acção de um supervisor ou administrador; um supervisor ou administrador que a detenha pode dar-lha (site key grant); nada foi escrito</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificada</translation>
    </message>
    <message>
        <source>verified ({note})</source>
        <translation>verificada ({note})</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>FAILED: {note}</source>
        <translation>FALHOU: {note}</translation>
    </message>
    <message>
        <source>this database is on the facility server: the server&apos;s own backups keep it (base backups and WAL archiving, set up by IT); a workstation makes none</source>
        <translation>esta base de dados está no servidor das instalações: as cópias de segurança do próprio servidor guardam-na (cópias de base e arquivo WAL, configurados pela informática); um posto de trabalho não faz nenhuma</translation>
    </message>
    <message>
        <source>it is a working file of the database {database}, not a backup</source>
        <translation>é um ficheiro de trabalho da base de dados {database}, não uma cópia de segurança</translation>
    </message>
    <message>
        <source>schema version {schema} is newer than this sortapp</source>
        <translation>a versão de esquema {schema} é mais recente do que este sortapp</translation>
    </message>
    <message>
        <source>its schema version {schema} is not what its record of schema changes says</source>
        <translation>a sua versão de esquema {schema} não corresponde ao seu registo de alterações de esquema</translation>
    </message>
    <message>
        <source>schema {schema}: SQLite integrity check only</source>
        <translation>esquema {schema}: apenas verificação de integridade do SQLite</translation>
    </message>
    <message>
        <source>not a sortapp database: {error}</source>
        <translation>não é uma base de dados sortapp: {error}</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>a criação de uma cópia de segurança</translation>
    </message>
    <message>
        <source>it is a link to another file, not a copy</source>
        <translation>é uma ligação para outro ficheiro, não uma cópia</translation>
    </message>
    <message>
        <source>it is a backup of site {code}, not of {named} as its name says</source>
        <translation>é uma cópia de segurança do local {code}, não de {named} como diz o seu nome</translation>
    </message>
    <message>
        <source>{file}: no such backup file</source>
        <translation>{file}: não existe tal ficheiro de cópia de segurança</translation>
    </message>
    <message>
        <source>{folder}: no such folder of backups</source>
        <translation>{folder}: não existe tal pasta de cópias de segurança</translation>
    </message>
    <message>
        <source>its note is of site {code}&apos;s backup, not this file</source>
        <translation>a sua nota é de uma cópia de segurança do local {code}, não deste ficheiro</translation>
    </message>
    <message>
        <source>its note is an earlier release&apos;s</source>
        <translation>a sua nota é de uma versão anterior</translation>
    </message>
    <message>
        <source>its note is of a file of {noted} bytes, and this one is of {bytes}</source>
        <translation>a sua nota é de um ficheiro de {noted} bytes, e este tem {bytes}</translation>
    </message>
    <message>
        <source>The newest backup ({name}) failed its check: {problems}. The database it was copied from may be damaged or changed outside sortapp: keep the older verified backups and have the database verified in full (each index against its table).</source>
        <translation>A cópia de segurança mais recente ({name}) falhou a sua verificação: {problems}. A base de dados de que é cópia pode estar danificada ou alterada fora do sortapp: guarde as cópias de segurança verificadas mais antigas e mande verificar a base de dados por inteiro (cada índice contra a sua tabela).</translation>
    </message>
    <message>
        <source>no reason noted</source>
        <translation>nenhum motivo registado</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: make one (File &gt; Backup now).</source>
        <translation>Ainda não há nenhuma cópia de segurança verificada desta base de dados: faça uma (Ficheiro &gt; Cópia de segurança agora).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}); make one now.</source>
        <translation>A última cópia de segurança verificada tem {days} dias ({name}); faça uma agora.</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>o restauro de uma cópia de segurança</translation>
    </message>
    <message>
        <source>restore: the database is open read-only ({why}); a restore replaces it, which is a write, so nothing was changed</source>
        <translation>restauro: a base de dados está aberta só para leitura ({why}); um restauro substitui-a, o que é uma escrita, por isso nada foi alterado</translation>
    </message>
    <message>
        <source>restore: no file at {path}</source>
        <translation>restauro: não há ficheiro em {path}</translation>
    </message>
    <message>
        <source>restore: {name} is not a sortapp database ({error}); nothing was changed</source>
        <translation>restauro: {name} não é uma base de dados sortapp ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>restore: {name} has schema version {schema}, newer than this sortapp; install the newer sortapp first</source>
        <translation>restauro: {name} tem a versão de esquema {schema}, mais recente do que este sortapp; instale primeiro o sortapp mais recente</translation>
    </message>
    <message>
        <source>restore: work was recorded while the database was being backed up before the restore (at another workstation, or by a backup or verify running here; its log now ends at {now}); nothing was changed; close sortapp at every other workstation, let this one&apos;s backup or verify end, then restore again</source>
        <translation>restauro: foi registado trabalho enquanto a base de dados era salvaguardada antes do restauro (noutro posto, ou por uma salvaguarda ou verificação em curso aqui; o seu registo termina agora em {now}); nada foi alterado; feche o sortapp em todos os outros postos, deixe terminar a salvaguarda ou verificação deste e restaure de novo</translation>
    </message>
    <message>
        <source>restore: {name} cannot be prepared: {why}</source>
        <translation>restauro: {name} não pode ser preparado: {why}</translation>
    </message>
    <message>
        <source>restore: {name} fails verification ({problems}); nothing was changed</source>
        <translation>restauro: {name} falha a verificação ({problems}); nada foi alterado</translation>
    </message>
    <message>
        <source>restore: the checkpoints of the database it replaces cannot be read ({error}), so the backup cannot be checked against them; nothing was changed; an admin may force it</source>
        <translation>restauro: os pontos de controlo da base que substitui não podem ser lidos ({error}), por isso a cópia de segurança não pode ser verificada contra eles; nada foi alterado; um administrador pode forçá-lo</translation>
    </message>
    <message>
        <source>restore: the database is not one found damaged; nothing was changed</source>
        <translation>restauro: a base não foi encontrada danificada; nada foi alterado</translation>
    </message>
    <message>
        <source>restore: the database is no longer found damaged (restored meanwhile from another window or workstation, or its damage was only in what its read-only view could not read); nothing was written over: close sortapp and open it again</source>
        <translation>restauro: a base já não é encontrada danificada (restaurada entretanto a partir de outra janela ou posto, ou o dano estava só no que a sua vista só de leitura não conseguia ler); nada foi substituído: feche o sortapp e abra-o de novo</translation>
    </message>
    <message>
        <source>The backup {name} was written over the damaged database, but the restore could not be recorded in it ({error}); the damaged file is kept as {kept}</source>
        <translation>A cópia de segurança {name} foi escrita no lugar da base danificada, mas o restauro não pôde ser registado nela ({error}); o ficheiro danificado está guardado como {kept}</translation>
    </message>
    <message>
        <source>Close sortapp and open the database again; then verify it.</source>
        <translation>Feche o sortapp e abra a base de novo; depois verifique-a.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem})</source>
        <translation>O SQLite indica que o ficheiro está danificado ({problem})</translation>
    </message>
    <message>
        <source>restore: {name} belongs to site {code}, this database to {here}; an admin may force it</source>
        <translation>restauro: {name} pertence ao local {code}, esta base de dados a {here}; um administrador pode forçá-lo</translation>
    </message>
    <message>
        <source>not checked ({note})</source>
        <translation>não verificada ({note})</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet: tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>Ainda não há nenhuma cópia de segurança verificada desta base de dados: avise um supervisor (faz uma com Ficheiro &gt; Cópia de segurança agora).</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old ({name}): tell a supervisor (they make one with File &gt; Backup now).</source>
        <translation>A última cópia de segurança verificada tem {days} dias ({name}): avise um supervisor (faz uma com Ficheiro &gt; Cópia de segurança agora).</translation>
    </message>
    <message>
        <source>The current database could not be backed up before restoring</source>
        <translation>Não foi possível fazer cópia de segurança da base de dados actual antes do restauro</translation>
    </message>
    <message>
        <source>Nothing was changed; check the backup folder.</source>
        <translation>Nada foi alterado; verifique a pasta das cópias de segurança.</translation>
    </message>
    <message>
        <source>{path} already exists; a demo database there may be rebuilt in its place</source>
        <translation>{path} já existe; uma base de dados de demonstração aí pode ser reconstruída no seu lugar</translation>
    </message>
    <message>
        <source>{path} is not a demo database; it was left alone</source>
        <translation>{path} não é uma base de dados de demonstração; não foi tocada</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>o ficheiro não contém linhas</translation>
    </message>
    <message>
        <source>the header lacks the column(s) {columns}</source>
        <translation>falta(m) no cabeçalho a(s) coluna(s) {columns}</translation>
    </message>
    <message>
        <source>received: &apos;{value}&apos; is not a date (YYYY-MM-DD [HH:MM], site time)</source>
        <translation>received: «{value}» não é uma data (AAAA-MM-DD [HH:MM], hora do local)</translation>
    </message>
    <message>
        <source>importing lots</source>
        <translation>a importação de lotes</translation>
    </message>
    <message>
        <source>importing sorting results</source>
        <translation>a importação de resultados de classificação</translation>
    </message>
    <message>
        <source>importing a price book</source>
        <translation>a importação de uma lista de preços</translation>
    </message>
    <message>
        <source>import: &apos;{kind}&apos; is not one of {kinds}</source>
        <translation>importação: «{kind}» não é um de {kinds}</translation>
    </message>
    <message>
        <source>nothing to post: every quantity is zero</source>
        <translation>nada a lançar: todas as quantidades são zero</translation>
    </message>
    <message>
        <source>{field}: the text is too long ({limit} characters at most)</source>
        <translation>{field}: o texto é demasiado longo ({limit} caracteres no máximo)</translation>
    </message>
    <message>
        <source>keeping the register of parties</source>
        <translation>a manutenção do registo de partes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>name: name the party (as the parcels&apos; importer names it)</source>
        <translation>nome: indique o nome da parte (como o importador das encomendas a designa)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>número fiscal</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <source>port of destination</source>
        <translation>porto de destino</translation>
    </message>
    <message>
        <source>name: {name} is already registered</source>
        <translation>nome: {name} já está registado</translation>
    </message>
    <message>
        <source>party {name} is new: give its address and country</source>
        <translation>a parte {name} é nova: indique a sua morada e país</translation>
    </message>
    <message>
        <source>party {name}: nothing to change</source>
        <translation>parte {name}: nada a alterar</translation>
    </message>
    <message>
        <source>{name} is registered in {country}, but the destination is {destination}: the commercial invoice and KP sheet would print the importer without its registered address and identifiers</source>
        <translation>{name} está registado em {country}, mas o destino é {destination}: a factura comercial e a ficha do CPK imprimiriam o importador sem a sua morada registada e identificadores</translation>
    </message>
    <message>
        <source>listing parties</source>
        <translation>a listagem de partes</translation>
    </message>
    <message>
        <source>the register&apos;s entry of {party} is not as it was recorded (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>a entrada do registo de {party} não está como foi registada (alterada fora do sortapp); nada foi impresso; um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>viewing stock</source>
        <translation>a consulta das existências</translation>
    </message>
    <message>
        <source>viewing lineage</source>
        <translation>a consulta da proveniência</translation>
    </message>
    <message>
        <source>viewing KP statistics</source>
        <translation>a consulta das estatísticas PK</translation>
    </message>
    <message>
        <source>to: {last} is before {first}; give the period&apos;s first day, then its last</source>
        <translation>até: {last} é anterior a {first}; indique o primeiro dia do período, depois o último</translation>
    </message>
    <message>
        <source>KP statistics are exported from a session that records the export: the database is open read-only ({why}); view them here, and export them where the database is written</source>
        <translation>as estatísticas do PK exportam-se de uma sessão que regista a exportação: a base de dados está aberta só para leitura ({why}); consulte-as aqui, e exporte-as onde a base de dados é escrita</translation>
    </message>
    <message>
        <source>{lots} and {more} more</source>
        <translation>{lots} e mais {more}</translation>
    </message>
    <message>
        <source>not counted as imports: {lots} (shipped in from abroad with no incoming KP certificate recorded)</source>
        <translation>não contado como importações: {lots} (expedido do estrangeiro sem CPK de entrada registado)</translation>
    </message>
    <message>
        <source>imports counted at 0.00 USD, received with no declared value: {lots}</source>
        <translation>importações contadas a 0,00 USD, recebidas sem valor declarado: {lots}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>a exportação</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>a impressão</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>etiquetas: indique pelo menos um lote ou uma encomenda</translation>
    </message>
    <message>
        <source>viewing year-end stock</source>
        <translation>a consulta das existências de fim de ano</translation>
    </message>
    <message>
        <source>year: {year} is not a year from {first} to {last}</source>
        <translation>ano: {year} não é um ano de {first} a {last}</translation>
    </message>
    <message>
        <source>the server&apos;s host name {host!r} is not a host name or address</source>
        <translation>o nome de anfitrião do servidor {host!r} não é um nome de anfitrião nem um endereço</translation>
    </message>
    <message>
        <source>the port {port!r} is not a number from 1 to 65535</source>
        <translation>a porta {port!r} não é um número de 1 a 65535</translation>
    </message>
    <message>
        <source>the database name {database!r} is not a plain name (letters, digits, _ . -)</source>
        <translation>o nome da base de dados {database!r} não é um nome simples (letras, algarismos, _ . -)</translation>
    </message>
    <message>
        <source>the TLS mode {tls!r} is not one of {modes}</source>
        <translation>o modo TLS {tls!r} não é um de {modes}</translation>
    </message>
    <message>
        <source>a user name is needed to sign in to the server</source>
        <translation>é necessário um nome de utilizador para iniciar sessão no servidor</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this workstation: {why}</source>
        <translation>{server} não está acessível a partir deste posto de trabalho: {why}</translation>
    </message>
    <message>
        <source>connecting a workstation to {server}</source>
        <translation>a ligação de um posto de trabalho a {server}</translation>
    </message>
    <message>
        <source>this workstation cannot write the machine configuration file {path} ({why}); nothing was changed. Ask IT to deploy it with this content:

{content}</source>
        <translation>este posto de trabalho não consegue escrever o ficheiro de configuração da máquina {path} ({why}); nada foi alterado. Peça à informática que o instale com este conteúdo:

{content}</translation>
    </message>
    <message>
        <source>connecting this workstation to a facility server</source>
        <translation>a ligação deste posto de trabalho a um servidor das instalações</translation>
    </message>
    <message>
        <source>SORTAPP_DB is set for this workstation and is used before the machine configuration file: remove it for the server to be opened</source>
        <translation>SORTAPP_DB está definido para este posto de trabalho e é usado antes do ficheiro de configuração da máquina: remova-o para que o servidor seja aberto</translation>
    </message>
    <message>
        <source>parcel manifest</source>
        <translation>Manifesto da encomenda</translation>
    </message>
    <message>
        <source>KP certificate data sheet</source>
        <translation>Ficha de dados do CPK</translation>
    </message>
    <message>
        <source>commercial invoice</source>
        <translation>Factura comercial</translation>
    </message>
    <message>
        <source>valuation sheet</source>
        <translation>Folha de avaliação</translation>
    </message>
    <message>
        <source>lot receipt</source>
        <translation>Guia de recepção do lote</translation>
    </message>
    <message>
        <source>sorting reconciliation report</source>
        <translation>Relatório de reconciliação da classificação</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>? ct</source>
        <translation>? ct</translation>
    </message>
    <message>
        <source>{carats} ct</source>
        <translation>{carats} ct</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj} (copy {copy})</source>
        <translation>{user} imprimiu o documento «{document}» de {obj} (cópia {copy})</translation>
    </message>
    <message>
        <source>{user} printed the {document} of {obj}</source>
        <translation>{user} imprimiu o documento «{document}» de {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what} {obj}</source>
        <translation>{user} exportou {what} {obj}</translation>
    </message>
    <message>
        <source>{user} exported {what}</source>
        <translation>{user} exportou {what}</translation>
    </message>
    <message>
        <source>{sentence}, off balance {balance} (serial {serial})</source>
        <translation>{sentence}, da balança {balance} (n.º de série {serial})</translation>
    </message>
    <message>
        <source>, {stones} stones</source>
        <translation>, {stones} pedras</translation>
    </message>
    <message>
        <source>, stones not counted</source>
        <translation>, pedras não contadas</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source> (serial {serial})</source>
        <translation> (n.º de série {serial})</translation>
    </message>
    <message>
        <source> (serial {serial}), not in the register</source>
        <translation> (n.º de série {serial}), fora do registo</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <source> from {origins}</source>
        <translation> de {origins}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {declared} declared</source>
        <translation>{user} recebeu o lote {obj}{whence}: {declared} declarados</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed ({declared} declared){stones}</source>
        <translation>{user} recebeu o lote {obj}{whence}: {weighed} pesados ({declared} declarados){stones}</translation>
    </message>
    <message>
        <source>{user} received lot {obj}{whence}: {weighed} weighed{stones}</source>
        <translation>{user} recebeu o lote {obj}{whence}: {weighed} pesados{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} into {category}{stones}</source>
        <translation>{user} registou a entrada {entry}: {ct} do lote {obj} em {category}{stones}</translation>
    </message>
    <message>
        <source>{user} recorded entry {entry}: {ct} of lot {obj} lost to {loss}</source>
        <translation>{user} registou a entrada {entry}: {ct} do lote {obj} perdidos em {loss}</translation>
    </message>
    <message>
        <source>{user} reversed entry {reverses} of lot {obj} (entry {entry}){reason}</source>
        <translation>{user} estornou a entrada {reverses} do lote {obj} (entrada {entry}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} of {category}){reason}</source>
        <translation>{user} estornou a sua própria entrada {reverses} do lote {obj} ({ct} de {category}){reason}</translation>
    </message>
    <message>
        <source>{user} reversed their own entry {reverses} of lot {obj} ({ct} lost to {loss}){reason}</source>
        <translation>{user} estornou a sua própria entrada {reverses} do lote {obj} ({ct} perdidos em {loss}){reason}</translation>
    </message>
    <message>
        <source>{user} closed the sorting of lot {obj}: {sorted} sorted{lost} of {received} received, a difference of {difference}{accepted}</source>
        <translation>{user} fechou a classificação do lote {obj}: {sorted} classificados{lost} de {received} recebidos, uma diferença de {difference}{accepted}</translation>
    </message>
    <message>
        <source> and {ct} lost</source>
        <translation> e {ct} perdidos</translation>
    </message>
    <message>
        <source> (accepted beyond tolerance{reason})</source>
        <translation> (aceite para além da tolerância{reason})</translation>
    </message>
    <message>
        <source>{user} packed {ct} of {category} into parcel {obj}{stones}{lots}</source>
        <translation>{user} embalou {ct} de {category} na encomenda {obj}{stones}{lots}</translation>
    </message>
    <message>
        <source> from lot {lots}</source>
        <translation> do lote {lots}</translation>
    </message>
    <message>
        <source>{user} sealed parcel {obj} under KP certificate {cert}: {ct}{stones}, {value}, seals {seals}</source>
        <translation>{user} selou a encomenda {obj} com o CPK {cert}: {ct}{stones}, {value}, selos {seals}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}, their weights from file {file}</source>
        <translation>{user} importou {count} entradas de classificação de {obj}, os seus pesos do ficheiro {file}</translation>
    </message>
    <message>
        <source>{user} imported {count} sorting entries from {obj}</source>
        <translation>{user} importou {count} entradas de classificação de {obj}</translation>
    </message>
    <message>
        <source>{user} shipped parcel {obj}{carrier}{awb}</source>
        <translation>{user} expediu a encomenda {obj}{carrier}{awb}</translation>
    </message>
    <message>
        <source> by {carrier}</source>
        <translation> por {carrier}</translation>
    </message>
    <message>
        <source>, air waybill {awb}</source>
        <translation>, carta de porte aéreo {awb}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file} for {to}</source>
        <translation>{user} exportou a encomenda {obj} para um ficheiro de transferência {file} para {to}</translation>
    </message>
    <message>
        <source>{user} exported parcel {obj} to a transfer file {file}</source>
        <translation>{user} exportou a encomenda {obj} para um ficheiro de transferência {file}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, class {weight_class}, certificate {certificate}</source>
        <translation>{user} registou o peso de referência {obj} de {nominal}, classe {weight_class}, certificado {certificate}</translation>
    </message>
    <message>
        <source>{user} registered reference weight {obj} of {nominal}, certificate {certificate}</source>
        <translation>{user} registou o peso de referência {obj} de {nominal}, certificado {certificate}</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), passed</source>
        <translation>{user} verificou a balança {obj} com {reference}: {read} lidos de {nominal} (dentro de {tolerance}), aprovada</translation>
    </message>
    <message>
        <source>{user} checked balance {obj} with {reference}: {read} read of {nominal} (within {tolerance}), FAILED</source>
        <translation>{user} verificou a balança {obj} com {reference}: {read} lidos de {nominal} (dentro de {tolerance}), FALHOU</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>{user} changed {obj} from {was} to {role}</source>
        <translation>{user} mudou {obj} de {was} para {role}</translation>
    </message>
    <message>
        <source>{user} reactivated {obj}</source>
        <translation>{user} reactivou {obj}</translation>
    </message>
    <message>
        <source>{user} deactivated {obj}</source>
        <translation>{user} desactivou {obj}</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj}: {ct}{stones}</source>
        <translation>{user} pesou o lote {obj}: {ct}{stones}</translation>
    </message>
    <message>
        <source>{user} weighed lot {obj} again: {ct}{stones} (was {previous}{previous_stones}){reason}{cleared}</source>
        <translation>{user} voltou a pesar o lote {obj}: {ct}{stones} (era {previous}{previous_stones}){reason}{cleared}</translation>
    </message>
    <message>
        <source>{user} accepted the weight difference of lot {obj}{reason}</source>
        <translation>{user} aceitou a diferença de peso do lote {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} created draft parcel {obj} for {importer} ({destination})</source>
        <translation>{user} criou o rascunho de encomenda {obj} para {importer} ({destination})</translation>
    </message>
    <message>
        <source>{user} removed packing {reverses} from parcel {obj}{reason}</source>
        <translation>{user} retirou a embalagem {reverses} da encomenda {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the {valuer} valuation of parcel {obj}: {value}</source>
        <translation>{user} registou a avaliação {valuer} da encomenda {obj}: {value}</translation>
    </message>
    <message>
        <source>{user} priced {category} in parcel {obj} at {price} per carat{reason}</source>
        <translation>{user} fixou o preço de {category} na encomenda {obj} em {price} por quilate{reason}</translation>
    </message>
    <message>
        <source>{user} added party {obj} in the register</source>
        <translation>{user} adicionou a parte {obj} ao registo</translation>
    </message>
    <message>
        <source>{user} changed party {obj} in the register</source>
        <translation>{user} alterou a parte {obj} no registo</translation>
    </message>
    <message>
        <source>{user} voided parcel {obj}{reason}</source>
        <translation>{user} anulou a encomenda {obj}{reason}</translation>
    </message>
    <message>
        <source>{user} imported parcel {parcel} from {sender} as lot {obj}</source>
        <translation>{user} importou a encomenda {parcel} de {sender} como lote {obj}</translation>
    </message>
    <message>
        <source>{user} pinned the transfer key of {obj}</source>
        <translation>{user} fixou a chave de transferência de {obj}</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day} (was {was})</source>
        <translation>{user} fixou o preço de {obj} em {price} por quilate a partir de {day} (antes {was})</translation>
    </message>
    <message>
        <source>{user} set the price of {obj} to {price} per carat from {day}</source>
        <translation>{user} fixou o preço de {obj} em {price} por quilate a partir de {day}</translation>
    </message>
    <message>
        <source>{user} imported {count} prices from {day}</source>
        <translation>{user} importou {count} preços a partir de {day}</translation>
    </message>
    <message>
        <source>{user} added category {obj}</source>
        <translation>{user} adicionou a categoria {obj}</translation>
    </message>
    <message>
        <source>{user} changed the names of {obj} ({languages})</source>
        <translation>{user} alterou os nomes de {obj} ({languages})</translation>
    </message>
    <message>
        <source>{user} cleared the name of {obj} ({language})</source>
        <translation>{user} apagou o nome de {obj} ({language})</translation>
    </message>
    <message>
        <source>{user} imported {count} names in other languages</source>
        <translation>{user} importou {count} nomes noutras línguas</translation>
    </message>
    <message>
        <source>{user} loaded the default assortment ({count} categories)</source>
        <translation>{user} carregou o sortido predefinido ({count} categorias)</translation>
    </message>
    <message>
        <source>{user} imported {count} categories</source>
        <translation>{user} importou {count} categorias</translation>
    </message>
    <message>
        <source>{user} set up site {obj} ({name}, {country})</source>
        <translation>{user} criou o local {obj} ({name}, {country})</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos; (was &apos;{was}&apos;)</source>
        <translation>{user} definiu o parâmetro {obj} do local como «{value}» (antes «{was}»)</translation>
    </message>
    <message>
        <source>{user} set the site&apos;s {obj} to &apos;{value}&apos;</source>
        <translation>{user} definiu o parâmetro {obj} do local como «{value}»</translation>
    </message>
    <message>
        <source>{user} made the site key {fingerprint}</source>
        <translation>{user} criou a chave do local {fingerprint}</translation>
    </message>
    <message>
        <source>{user} gave {obj} the site key</source>
        <translation>{user} deu a chave do local a {obj}</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp}; was {was_name}, KP {was_kp})</source>
        <translation>{user} definiu o país {obj} ({name}, PK {kp}; antes {was_name}, PK {was_kp})</translation>
    </message>
    <message>
        <source>{user} set country {obj} ({name}, KP {kp})</source>
        <translation>{user} definiu o país {obj} ({name}, PK {kp})</translation>
    </message>
    <message>
        <source>{user} added {role} {obj}</source>
        <translation>{user} adicionou {obj} ({role})</translation>
    </message>
    <message>
        <source>The right current password was typed to change the password of {user}, and the failed attempts before it cleared</source>
        <translation>Foi escrita a palavra-passe actual certa para mudar a palavra-passe de {user}, e as tentativas falhadas anteriores apagadas</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}, and the user locked</source>
        <translation>Foi escrita uma palavra-passe actual errada para mudar a palavra-passe de {user}, e o utilizador foi bloqueado</translation>
    </message>
    <message>
        <source>{user} restored backup {obj} over the database SQLite reported damaged ({damaged}): the log now ends at {restored}; the damaged file is kept as {kept}</source>
        <translation>{user} restaurou a cópia de segurança {obj} no lugar da base que o SQLite indicava danificada ({damaged}): o registo termina agora em {restored}; o ficheiro danificado está guardado como {kept}</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}: the log now ends at {restored} (it ended at {replaced}; that log is kept in the backup {kept})</source>
        <translation>{user} restaurou a cópia de segurança {obj}: o registo termina agora em {restored} (terminava em {replaced}; esse registo está guardado na cópia de segurança {kept})</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, active</source>
        <translation>{user} tornou {obj} {role}, activo</translation>
    </message>
    <message>
        <source>{user} made {obj} {role}, inactive</source>
        <translation>{user} tornou {obj} {role}, inactivo</translation>
    </message>
    <message>
        <source>; the acknowledgement of its earlier weight difference no longer stands</source>
        <translation>; o reconhecimento da sua diferença de peso anterior deixou de valer</translation>
    </message>
    <message>
        <source>{user} acknowledged the weight difference of lot {obj} (declared {declared}, weighed {weighed}){reason}</source>
        <translation>{user} reconheceu a diferença de peso do lote {obj} (declarado {declared}, pesado {weighed}){reason}</translation>
    </message>
    <message>
        <source>{user} changed the password of {obj}</source>
        <translation>{user} alterou a palavra-passe de {obj}</translation>
    </message>
    <message>
        <source>{user} chose the language {language}</source>
        <translation>{user} escolheu a língua {language}</translation>
    </message>
    <message>
        <source>{user} unlocked {obj}</source>
        <translation>{user} desbloqueou {obj}</translation>
    </message>
    <message>
        <source>{user} signed in</source>
        <translation>{user} iniciou sessão</translation>
    </message>
    <message>
        <source>A wrong current password was typed to change the password of {user}</source>
        <translation>Foi escrita uma palavra-passe actual errada para mudar a palavra-passe de {user}</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused and the user locked</source>
        <translation>Um início de sessão como {user} foi recusado e o utilizador bloqueado</translation>
    </message>
    <message>
        <source>A sign-in as {user} was refused</source>
        <translation>Um início de sessão como {user} foi recusado</translation>
    </message>
    <message>
        <source>{user} made backup {obj}</source>
        <translation>{user} fez a cópia de segurança {obj}</translation>
    </message>
    <message>
        <source>{user} made backup {obj} (it failed verification)</source>
        <translation>{user} fez a cópia de segurança {obj} (falhou a verificação)</translation>
    </message>
    <message>
        <source>{user} restored backup {obj}</source>
        <translation>{user} restaurou a cópia de segurança {obj}</translation>
    </message>
    <message>
        <source>{user} verified the audit chain</source>
        <translation>{user} verificou a cadeia do registo de auditoria</translation>
    </message>
    <message>
        <source>{user} registered balance {obj} (serial {serial})</source>
        <translation>{user} registou a balança {obj} (n.º de série {serial})</translation>
    </message>
    <message>
        <source>{user} changed balance {obj}: {changed}{reason}</source>
        <translation>{user} alterou a balança {obj}: {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} recorded the calibration of balance {obj} on {day} by {by}, next due {due}</source>
        <translation>{user} registou a calibração da balança {obj} em {day} por {by}, próxima em {due}</translation>
    </message>
    <message>
        <source>{user} changed reference weight {obj}: {changed}{reason}</source>
        <translation>{user} alterou o peso de referência {obj}: {changed}{reason}</translation>
    </message>
    <message>
        <source>{user} zeroed balance {obj}{adjusted}</source>
        <translation>{user} zerou a balança {obj}{adjusted}</translation>
    </message>
    <message>
        <source>{user} tared balance {obj}{adjusted}</source>
        <translation>{user} tarou a balança {obj}{adjusted}</translation>
    </message>
    <message>
        <source>holds text that is not UTF-8 (changed outside sortapp)</source>
        <translation>contém texto que não é UTF-8 (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>... and {count} more {what}</source>
        <translation>... e mais {count} ({what})</translation>
    </message>
    <message>
        <source>SQLite integrity check: {found}</source>
        <translation>verificação de integridade do SQLite: {found}</translation>
    </message>
    <message>
        <source>SQLite foreign key check: rows point at missing rows</source>
        <translation>verificação de chaves estrangeiras do SQLite: há linhas que apontam para linhas em falta</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is missing (dropped outside sortapp)</source>
        <translation>esquema: {kind} {name} está em falta (removido fora do sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is not sortapp&apos;s (added outside sortapp)</source>
        <translation>esquema: {kind} {name} não é do sortapp (adicionado fora do sortapp)</translation>
    </message>
    <message>
        <source>schema: {kind} {name} differs from sortapp&apos;s (altered outside sortapp)</source>
        <translation>esquema: {kind} {name} difere do do sortapp (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>schema: its recorded version or migrations differ from sortapp&apos;s</source>
        <translation>esquema: a versão ou as migrações registadas diferem das do sortapp</translation>
    </message>
    <message>
        <source>rows changed outside sortapp</source>
        <translation>linhas alteradas fora do sortapp</translation>
    </message>
    <message>
        <source>user {name}: {state} that no signed user.add or user.set gave (added, renamed or changed outside sortapp)</source>
        <translation>utilizador {name}: {state} que nenhum user.add ou user.set assinado deu (adicionado, renomeado ou alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>user {name}: {state} is not what the audit log gave them (changed outside sortapp; its last signed user.add or user.set gave {given})</source>
        <translation>utilizador {name}: {state} não é o que o registo de auditoria lhe deu (alterado fora do sortapp; o seu último user.add ou user.set assinado dava: {given})</translation>
    </message>
    <message>
        <source>user {name}: their name is on users row {key}, not on row {given} that the signed user.add or user.set gave it (names swapped or changed outside sortapp)</source>
        <translation>utilizador {name}: o seu nome está na linha {key} de users, não na linha {given} que o user.add ou user.set assinado lhe deu (nomes trocados ou alterados fora do sortapp)</translation>
    </message>
    <message>
        <source>role {role}</source>
        <translation>função {role}</translation>
    </message>
    <message>
        <source>role {role} (inactive)</source>
        <translation>função {role} (inactivo)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its record of changed rows is not readable</source>
        <translation>entrada de auditoria {uid}: o seu registo das linhas alteradas não é legível</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp before audit entry {uid}</source>
        <translation>{name}: alterada fora do sortapp antes da entrada de auditoria {uid}</translation>
    </message>
    <message>
        <source>{name}: audit entry {uid} records a change sortapp never makes to such rows (a forged entry)</source>
        <translation>{name}: a entrada de auditoria {uid} regista uma alteração que o sortapp nunca faz a tais linhas (entrada forjada)</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: added outside sortapp</source>
        <translation>{name}: adicionada fora do sortapp</translation>
    </message>
    <message>
        <source>{name}: changed outside sortapp</source>
        <translation>{name}: alterada fora do sortapp</translation>
    </message>
    <message>
        <source>{name}: deleted outside sortapp</source>
        <translation>{name}: eliminada fora do sortapp</translation>
    </message>
    <message>
        <source>audit entry {uid} ({action} {obj} by {user})</source>
        <translation>entrada de auditoria {uid} ({action} {obj} por {user})</translation>
    </message>
    <message>
        <source>{what}: a supervisor&apos;s or admin&apos;s action (or a change only they may make) without the site key&apos;s signature (appended outside sortapp, or taken by a user who does not hold the key)</source>
        <translation>{what}: uma acção de supervisor ou administrador (ou uma alteração que só eles podem fazer) sem a assinatura da chave do local (acrescentada fora do sortapp, ou feita por um utilizador que não detém a chave)</translation>
    </message>
    <message>
        <source>{what}: its signature is not the site key&apos;s (forged)</source>
        <translation>{what}: a sua assinatura não é a da chave do local (forjada)</translation>
    </message>
    <message>
        <source>unsigned or forged entries</source>
        <translation>entradas não assinadas ou forjadas</translation>
    </message>
    <message>
        <source>{table} row {key} ({what} {label})</source>
        <translation>linha {key} de {table} ({what} {label})</translation>
    </message>
    <message>
        <source>{table} row {key}</source>
        <translation>linha {key} de {table}</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>entrada de auditoria {uid}: o seu id é inferior ao primeiro (acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>lançamento do razão {uid}: o seu id é inferior ao primeiro (acrescentado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id is below the first (added outside sortapp)</source>
        <translation>entrada de classificação {uid}: o seu id é inferior ao primeiro (acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: moves goods as no entry of its kind does (from or to the world, another lot, category or parcel, or the wrong way; appended outside sortapp)</source>
        <translation>lançamento do razão {uid}: move mercadorias como nenhum lançamento do seu tipo o faz (de ou para o exterior, outro lote, categoria ou encomenda, ou no sentido errado; acrescentado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}</source>
        <translation>entrada de classificação {uid}</translation>
    </message>
    <message>
        <source>sorting entries {first}..{last}</source>
        <translation>entradas de classificação {first}..{last}</translation>
    </message>
    <message>
        <source>audit entry {uid}: an import of a sorting file that does not say which entries it made, as sortapp writes it (forged)</source>
        <translation>entrada de auditoria {uid}: uma importação de ficheiro de classificação que não diz, como o sortapp a escreve, que entradas fez (forjada)</translation>
    </message>
    <message>
        <source>{entries}: do not match the audit log of their import</source>
        <translation>{entries}: não correspondem ao registo de auditoria da sua importação</translation>
    </message>
    <message>
        <source>audit entry {uid}: imports {entries}, which are not new entries (made before the import, or not there)</source>
        <translation>entrada de auditoria {uid}: importa {entries}, que não são entradas novas (feitas antes da importação, ou ausentes)</translation>
    </message>
    <message>
        <source>audit entries {one} and {other}: both import {entries}</source>
        <translation>entradas de auditoria {one} e {other}: ambas importam {entries}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded both as typed and in the import of a file (audit entry {audit}); one of the two audit entries is forged</source>
        <translation>entrada de classificação {uid}: registada como digitada e também na importação de um ficheiro (entrada de auditoria {audit}); uma das duas entradas de auditoria é forjada</translation>
    </message>
    <message>
        <source>{count} more sorting entries recorded both as typed and in the import of a file</source>
        <translation>mais {count} entradas de classificação registadas como digitadas e também na importação de um ficheiro</translation>
    </message>
    <message>
        <source>{row} ({entries}, from file {file})</source>
        <translation>{row} ({entries}, do ficheiro {file})</translation>
    </message>
    <message>
        <source>{one} (file {file}) and {other} (file {other_file}): both claim sorting entry {uid}</source>
        <translation>{one} (ficheiro {file}) e {other} (ficheiro {other_file}): ambas reivindicam a entrada de classificação {uid}</translation>
    </message>
    <message>
        <source>{entries}: imported from file {file}, whose weights they have, yet with weighings of their own: {n} (one or the other was added outside sortapp)</source>
        <translation>{entries}: importadas do ficheiro {file}, cujos pesos têm, e no entanto com pesagens próprias: {n} (uma ou outra foi adicionada fora do sortapp)</translation>
    </message>
    <message>
        <source>audit entries below the first</source>
        <translation>entradas de auditoria abaixo do primeiro id</translation>
    </message>
    <message>
        <source>ledger entries below the first</source>
        <translation>lançamentos do razão abaixo do primeiro id</translation>
    </message>
    <message>
        <source>sorting entries below the first</source>
        <translation>entradas de classificação abaixo do primeiro id</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses id {reverses}, which is no ledger entry (changed outside sortapp)</source>
        <translation>lançamento do razão {uid}: estorna o id {reverses}, que não é um lançamento do razão (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses id {reverses}, which is no sorting entry (changed outside sortapp)</source>
        <translation>entrada de classificação {uid}: estorna o id {reverses}, que não é uma entrada de classificação (alterada fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reverses ledger entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>lançamento do razão {uid}: estorna o lançamento do razão {reversed} de id {reverses}, inferior ao primeiro (acrescentado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses sorting entry {reversed} of id {reverses}, below the first (added outside sortapp)</source>
        <translation>entrada de classificação {uid}: estorna a entrada de classificação {reversed} de id {reverses}, inferior ao primeiro (acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entries reversing none</source>
        <translation>lançamentos do razão que não estornam nada</translation>
    </message>
    <message>
        <source>sorting entries reversing none</source>
        <translation>entradas de classificação que não estornam nada</translation>
    </message>
    <message>
        <source>audit entry {uid}: its id {number} follows a gap in the ids (sortapp numbers audit entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>entrada de auditoria {uid}: o seu id {number} segue uma lacuna nos id (o sortapp numera as entradas de auditoria seguidas: acrescentada fora do sortapp, ou as anteriores eliminadas)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its id {number} follows a gap in the ids (sortapp numbers ledger entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>lançamento do razão {uid}: o seu id {number} segue uma lacuna nos id (o sortapp numera os lançamentos do razão seguidos: acrescentado fora do sortapp, ou os anteriores eliminados)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: its id {number} follows a gap in the ids (sortapp numbers sorting entries one after another: added outside sortapp, or those before it deleted)</source>
        <translation>entrada de classificação {uid}: o seu id {number} segue uma lacuna nos id (o sortapp numera as entradas de classificação seguidas: acrescentada fora do sortapp, ou as anteriores eliminadas)</translation>
    </message>
    <message>
        <source>audit entries after a gap in the ids</source>
        <translation>entradas de auditoria após uma lacuna nos id</translation>
    </message>
    <message>
        <source>users: their roles, active flags and names cannot be checked against the signed user.add and user.set entries: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>utilizadores: as suas funções, indicadores de actividade e nomes não podem ser verificados face às entradas user.add e user.set assinadas: a chave do local ({row}) não pode ser lida (alterada fora do sortapp)</translation>
    </message>
    <message>
        <source>user {name}: holds the site key though the signed entries make them {state} (given it outside sortapp)</source>
        <translation>utilizador {name}: detém a chave do local, embora as entradas assinadas lhe deem: {state} (cedida fora do sortapp)</translation>
    </message>
    <message>
        <source>signed entries: their signatures cannot be checked: the site key ({row}) cannot be read (changed outside sortapp)</source>
        <translation>entradas assinadas: as suas assinaturas não podem ser verificadas: a chave do local ({row}) não pode ser lida (alterada fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entries after a gap in the ids</source>
        <translation>lançamentos do razão após uma lacuna nos id</translation>
    </message>
    <message>
        <source>sorting entries after a gap in the ids</source>
        <translation>entradas de classificação após uma lacuna nos id</translation>
    </message>
    <message>
        <source>audit entry {uid}: {problem}</source>
        <translation>entrada de auditoria {uid}: {problem}</translation>
    </message>
    <message>
        <source>audit entry {uid}: the chain is broken (previous hash does not match)</source>
        <translation>entrada de auditoria {uid}: a cadeia está quebrada (o hash anterior não corresponde)</translation>
    </message>
    <message>
        <source>audit entry {uid}: its content does not match its hash</source>
        <translation>entrada de auditoria {uid}: o seu conteúdo não corresponde ao seu hash</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entradas de auditoria</translation>
    </message>
    <message>
        <source>audit entry {uid}: its uid is not that of its place in the log (written outside sortapp: sortapp&apos;s next entry under that uid would be refused)</source>
        <translation>entrada de auditoria {uid}: o seu identificador não é o do seu lugar no registo (escrita fora do sortapp: a próxima entrada do sortapp com esse identificador seria recusada)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: {problem} (its own or a row&apos;s it names)</source>
        <translation>lançamento do razão {uid}: {problem} (o próprio ou uma linha que ele nomeia)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: its lines do not match its hash</source>
        <translation>lançamento do razão {uid}: as suas linhas não correspondem ao seu hash</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>lançamentos do razão</translation>
    </message>
    <message>
        <source>ledger entry {uid}: not recorded as such in the audit log</source>
        <translation>lançamento do razão {uid}: não registado como tal no registo de auditoria</translation>
    </message>
    <message>
        <source>ledger entry {uid}: in the audit log but missing from the ledger</source>
        <translation>lançamento do razão {uid}: no registo de auditoria mas em falta no razão</translation>
    </message>
    <message>
        <source>ledger: {bad} audit records name ledger entries that differ from them</source>
        <translation>razão: {bad} registos de auditoria nomeiam lançamentos do razão que diferem deles</translation>
    </message>
    <message>
        <source>ledger entry {uid}: carats or stones do not balance</source>
        <translation>lançamento do razão {uid}: quilates ou pedras não equilibrados</translation>
    </message>
    <message>
        <source>ledger entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>lançamento do razão {uid}: estornado duas vezes (o sortapp estorna um lançamento uma só vez; alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>ledger entry {uid}: a second closing of its lot&apos;s sorting (a lot is closed once; appended outside sortapp)</source>
        <translation>lançamento do razão {uid}: um segundo fecho da classificação do seu lote (um lote é fechado uma só vez; acrescentado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: in the audit log but not stored</source>
        <translation>entrada de classificação {uid}: no registo de auditoria mas não guardada</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not match the audit log</source>
        <translation>entrada de classificação {uid}: não corresponde ao registo de auditoria</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reversed twice (sortapp reverses an entry once; changed outside sortapp)</source>
        <translation>entrada de classificação {uid}: estornada duas vezes (o sortapp estorna uma entrada uma só vez; alterada fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: {problem}</source>
        <translation>entrada de classificação {uid}: {problem}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: a loss with stones (sortapp weighs a loss, never counts it: counted stones written off as one; added outside sortapp)</source>
        <translation>entrada de classificação {uid}: uma perda com pedras (o sortapp pesa uma perda, nunca a conta: pedras contadas abatidas como perda; acrescentado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes stones off without reversing an entry (sortapp takes stones off only by a correction; added outside sortapp)</source>
        <translation>entrada de classificação {uid}: retira pedras sem estornar uma entrada (o sortapp só retira pedras por uma correcção; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: no stones of its size class could weigh its carats as counted (sortapp refuses such goods; added outside sortapp)</source>
        <translation>entrada de classificação {uid}: nenhumas pedras da sua classe de tamanho poderiam pesar os seus quilates assim contados (o sortapp recusa tal mercadoria; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: of a sorting entry that is not there (written outside sortapp: sortapp&apos;s entry of that id would be refused)</source>
        <translation>pesagem n.º {id}: de uma entrada de classificação que não existe (escrita fora do sortapp: a entrada do sortapp com esse identificador seria recusada)</translation>
    </message>
    <message>
        <source>{what}: signed by {user}, whom the signed user.add and user.set entries had made {state} then (their user row changed outside sortapp for the moment)</source>
        <translation>{what}: assinado por {user}, a quem as entradas assinadas user.add e user.set tinham então dado {state} (a sua linha de utilizador alterada fora do sortapp para o momento)</translation>
    </message>
    <message>
        <source>{what}: imported as signed with the key pinned for {sender} ({key}), but the key the signed pinnings had pinned for {sender} then was {pinned} (the pin changed outside sortapp for the import)</source>
        <translation>{what}: importado como assinado com a chave fixada para {sender} ({key}), mas a chave que as fixações assinadas tinham então fixado para {sender} era {pinned} (a fixação alterada fora do sortapp para a importação)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>transfer files imported under a pin changed outside sortapp</source>
        <translation>ficheiros de transferência importados sob uma fixação alterada fora do sortapp</translation>
    </message>
    <message>
        <source>sorting entries: {stored} stored, {recorded} in the audit log</source>
        <translation>entradas de classificação: {stored} guardadas, {recorded} no registo de auditoria</translation>
    </message>
    <message>
        <source>sorting entries</source>
        <translation>entradas de classificação</translation>
    </message>
    <message>
        <source>weighings</source>
        <translation>pesagens</translation>
    </message>
    <message>
        <source>sorting entry {uid}: specials not recorded one counted stone an entry (sortapp records each special alone; added outside sortapp)</source>
        <translation>entrada de classificação {uid}: pedras especiais não registadas uma pedra contada por entrada (o sortapp regista cada pedra especial sozinha; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: goods counted as no stones (sortapp records goods it did not count as not counted; added outside sortapp)</source>
        <translation>entrada de classificação {uid}: mercadoria contada como nenhuma pedra (o sortapp regista a mercadoria não contada como não contada; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>{name}: no import of a sorting file records it (added outside sortapp, or recorded by a forged audit entry)</source>
        <translation>{name}: nenhuma importação de ficheiro de classificação a regista (acrescentada fora do sortapp, ou registada por uma entrada de auditoria forjada)</translation>
    </message>
    <message>
        <source>{name}: differs from the import that records it (audit entry {uid})</source>
        <translation>{name}: difere da importação que a regista (entrada de auditoria {uid})</translation>
    </message>
    <message>
        <source>sorting entry {uid}: takes {ct} ct off but reverses no entry</source>
        <translation>entrada de classificação {uid}: retira {ct} ct mas não estorna nenhuma entrada</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as {action} but reverses no entry</source>
        <translation>entrada de classificação {uid}: registada como {action} mas não estorna nenhuma entrada</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but is recorded as {action} (a reversal is recorded as sort.correct or sort.undo)</source>
        <translation>entrada de classificação {uid}: estorna a entrada {reversed} mas está registada como {action} (um estorno regista-se como sort.correct ou sort.undo)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: reverses entry {reversed} but no sort.correct or sort.undo records it</source>
        <translation>entrada de classificação {uid}: estorna a entrada {reversed} mas nenhum sort.correct ou sort.undo a regista</translation>
    </message>
    <message>
        <source>sorting entry {uid}: does not exactly reverse entry {reversed} (the same lot, category or loss and stones counted; its carats and stones negated)</source>
        <translation>entrada de classificação {uid}: não estorna exactamente a entrada {reversed} (o mesmo lote, categoria ou perda e contagem de pedras; os seus quilates e pedras com sinal oposto)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entered by {author}</source>
        <translation>entrada de classificação {uid}: registada como sort.undo por {undoer}, mas introduzida por {author}</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo by {undoer}, but entry {reversed} was made by {owner} (an operator undoes only their own entry)</source>
        <translation>entrada de classificação {uid}: registada como sort.undo por {undoer}, mas a entrada {reversed} foi feita por {owner} (um operador só anula a sua própria entrada)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo without a reason</source>
        <translation>entrada de classificação {uid}: registada como sort.undo sem motivo</translation>
    </message>
    <message>
        <source>sorting entry {uid}: recorded as sort.undo of entry {reversed}, which was not the last entry of lot {lot} then (anything older needs a supervisor&apos;s signed sort.correct)</source>
        <translation>entrada de classificação {uid}: registada como sort.undo da entrada {reversed}, que não era então a última entrada do lote {lot} (qualquer entrada mais antiga exige um sort.correct assinado por um supervisor)</translation>
    </message>
    <message>
        <source>balance {key}: differs from the sum of its ledger lines</source>
        <translation>saldo {key}: difere da soma das suas linhas do razão</translation>
    </message>
    <message>
        <source>balances: the stored balances do not add up to the ledger</source>
        <translation>saldos: os saldos guardados não batem certo com o razão</translation>
    </message>
    <message>
        <source>balance {key}: negative ({mct} mct, {stones} stones)</source>
        <translation>saldo {key}: negativo ({mct} mct, {stones} pedras)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed carats differ from the carats received in the ledger</source>
        <translation>lote {lot}: os quilates pesados diferem dos quilates recebidos no razão</translation>
    </message>
    <message>
        <source>lot {lot}: its kept sorting total differs from its sorting entries</source>
        <translation>lote {lot}: o seu total de classificação guardado difere das suas entradas de classificação</translation>
    </message>
    <message>
        <source>stock lines</source>
        <translation>linhas de existências</translation>
    </message>
    <message>
        <source>lot {lot}: closed, but goods still wait for sorting</source>
        <translation>lote {lot}: fechado, mas ainda há mercadoria à espera de classificação</translation>
    </message>
    <message>
        <source>parcel {parcel}: its goods are not where its status says</source>
        <translation>encomenda {parcel}: a sua mercadoria não está onde o seu estado indica</translation>
    </message>
    <message>
        <source>ledger: all lines add up to {total} mct instead of 0</source>
        <translation>razão: todas as linhas somam {total} mct em vez de 0</translation>
    </message>
    <message>
        <source>ledger: its table holds {held} lines, the ledger entries {read} (a line outside every entry, or an index edited or damaged: a full verify, index by index, names the rows)</source>
        <translation>razão: a sua tabela contém {held} linhas, os lançamentos {read} (uma linha fora de todo lançamento, ou um índice alterado ou danificado: uma verificação completa, índice a índice, nomeia as linhas)</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed carats</source>
        <translation>encomenda {parcel}: o razão não contém os quilates selados</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger does not hold the sealed stones</source>
        <translation>encomenda {parcel}: o razão não contém as pedras seladas</translation>
    </message>
    <message>
        <source>parcel {parcel}: the ledger holds other goods in it than its sealed lines (another lot or category)</source>
        <translation>encomenda {parcel}: o razão contém nela outras mercadorias que não as suas linhas seladas (outro lote ou categoria)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its data do not match its sealed fingerprint</source>
        <translation>encomenda {parcel}: os seus dados não correspondem à sua impressão digital selada</translation>
    </message>
    <message>
        <source>the other checks were not run: the schema must be sortapp&apos;s first</source>
        <translation>as outras verificações não foram feitas: primeiro o esquema tem de ser o do sortapp</translation>
    </message>
    <message>
        <source>printed marks</source>
        <translation>marcas impressas</translation>
    </message>
    <message>
        <source>no seal recorded: the file was written to while it was verified (the next verify makes one)</source>
        <translation>nenhum selo registado: o ficheiro foi alterado durante a verificação (a próxima verificação fará um)</translation>
    </message>
    <message>
        <source>checkpoint problems</source>
        <translation>problemas de pontos de controlo</translation>
    </message>
    <message>
        <source>SQLite cannot read a part of the file ({error}): the checks that read it were not run to the end; restore the last good backup</source>
        <translation>O SQLite não consegue ler uma parte do ficheiro ({error}): as verificações que a leem não foram levadas até ao fim; restaure a última cópia de segurança boa</translation>
    </message>
    <message>
        <source>limit: {limit} is not a number of entries from 0 to {most}</source>
        <translation>limite: {limit} não é um número de entradas de 0 a {most}</translation>
    </message>
    <message>
        <source>offset: {offset} is not a number of entries from 0 to {most}</source>
        <translation>deslocamento: {offset} não é um número de entradas de 0 a {most}</translation>
    </message>
    <message>
        <source>lot {lot}: received again by a later lot.receive entry (sortapp receives a lot once; appended outside sortapp)</source>
        <translation>lote {lot}: recebido de novo por uma entrada lot.receive posterior (o sortapp recebe um lote uma só vez; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again by an entry no supervisor signed (appended outside sortapp)</source>
        <translation>lote {lot}: pesado de novo por uma entrada que nenhum supervisor assinou (acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a {action} entry after its seal (sortapp values and prices a parcel before it is sealed; appended outside sortapp)</source>
        <translation>encomenda {parcel}: uma entrada {action} depois da sua selagem (o sortapp avalia e fixa os preços de uma encomenda antes de ser selada; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a later {action} entry records it again (sortapp does that once; appended outside sortapp)</source>
        <translation>encomenda {parcel}: uma entrada {action} posterior regista-a de novo (o sortapp fá-lo uma só vez; acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no lot.receive entry received it under this number (added or renamed outside sortapp)</source>
        <translation>lote {lot}: nenhuma entrada lot.receive o recebeu com este número (adicionado ou renumerado fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are stated by none of its entries (its receipt&apos;s weight left out of it, or changed outside sortapp)</source>
        <translation>lote {lot}: os seus quilates pesados não constam de nenhuma das suas entradas (o peso omitido da sua recepção, ou alterados fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: no origin recorded (sortapp receives a lot with its origins; added outside sortapp)</source>
        <translation>lote {lot}: nenhuma origem registada (o sortapp recebe um lote com as suas origens; adicionado fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed stones are not those its weighings stated (changed outside sortapp)</source>
        <translation>lote {lot}: as suas pedras pesadas não são as que as suas pesagens indicaram (alteradas fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed by its {action} entry, which records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>lote {lot}: pesado pela sua entrada {action}, que não regista nenhuma pesagem (o sortapp regista de onde veio cada peso; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: weighed again after its sorting began (sortapp weighs a lot again only before its first sorting entry; its entries or its status written around sortapp)</source>
        <translation>lote {lot}: pesado de novo depois de começada a sua classificação (o sortapp só volta a pesar um lote antes da sua primeira entrada de classificação; as suas entradas ou o seu estado escritos à margem do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is recorded by none of its receipt, weighing or reweighing entries (added outside sortapp)</source>
        <translation>lote {lot}: a sua pesagem n.º {id} não é registada por nenhuma das suas entradas de recepção, pesagem ou nova pesagem (acrescentada fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states no carats (written outside sortapp)</source>
        <translation>lote {lot}: a sua pesagem n.º {id} indica {ct} ct, mas a entrada que a registou não indica quilates (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded it states {stated} ct (written outside sortapp)</source>
        <translation>lote {lot}: a sua pesagem n.º {id} indica {ct} ct, mas a entrada que a registou indica {stated} ct (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighing #{id} is dated {at}, but the entry that recorded it is dated {entry_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>lote {lot}: a sua pesagem n.º {id} tem a data {at}, mas a entrada que a registou tem a data {entry_at} (o sortapp escreve ambas de uma vez; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its recorded facts ({columns}) are not those its lot.receive entry recorded (changed outside sortapp)</source>
        <translation>lote {lot}: os seus dados registados ({columns}) não são os que a sua entrada lot.receive registou (alterados fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weighed carats are not those its last weighing recorded (changed outside sortapp)</source>
        <translation>lote {lot}: os seus quilates pesados não são os que a sua última pesagem registou (alterados fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight flag is not what its weighing against the declared carats made it (changed outside sortapp)</source>
        <translation>lote {lot}: a sua marca de peso não é a que a sua pesagem face aos quilates declarados lhe deu (alterada fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its weight difference&apos;s acknowledgement is not what its last signed lot.acknowledge or lot.reweigh left (changed outside sortapp)</source>
        <translation>lote {lot}: o reconhecimento da sua diferença de peso não é o que deixou o seu último lot.acknowledge ou lot.reweigh assinado (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed, though no supervisor acknowledged its weight difference (closed outside sortapp&apos;s rules)</source>
        <translation>lote {lot}: a sua classificação foi fechada, embora nenhum supervisor tenha reconhecido a sua diferença de peso (fechada fora das regras do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: {status}, though the ledger holds the closing of its sorting (its status set back outside sortapp)</source>
        <translation>lote {lot}: {status}, embora o razão contenha o fecho da sua classificação (o seu estado recuado fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: sorted, though the ledger holds no closing of its sorting (changed outside sortapp)</source>
        <translation>lote {lot}: classificado, embora o razão não contenha nenhum fecho da sua classificação (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a difference beyond the tolerance then in effect by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>lote {lot}: a sua classificação foi fechada com uma diferença acima da tolerância então em vigor por uma entrada que nenhum supervisor assinou (acrescentada fora do sortapp, ou a sua aceitação falsificada)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting was closed with a stone difference by an entry no supervisor signed (appended outside sortapp, or its acceptance forged)</source>
        <translation>lote {lot}: a sua classificação foi fechada com uma diferença de pedras por uma entrada que nenhum supervisor assinou (acrescentada fora do sortapp, ou a sua aceitação falsificada)</translation>
    </message>
    <message>
        <source>lot {lot}: its sorting&apos;s difference was accepted by {user}, who entered results of the lot (two-person rule: accepted by another supervisor only; its entries or its acceptance written around sortapp)</source>
        <translation>lote {lot}: a diferença da sua classificação foi aceite por {user}, que registou resultados do lote (regra das duas pessoas: aceite apenas por outro supervisor; as suas entradas ou a sua aceitação escritos à margem do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its KP certificate is not the one its signed parcel.seal named, or it has one though none sealed it (changed outside sortapp)</source>
        <translation>encomenda {parcel}: o seu certificado KP não é o que o seu parcel.seal assinado indicou, ou tem um embora nenhuma selagem o tenha dado (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: a carrier, an air waybill or a time of shipping, though no signed parcel.ship shipped it (changed outside sortapp)</source>
        <translation>encomenda {parcel}: uma transportadora, uma carta de porte aéreo ou uma hora de expedição, embora nenhum parcel.ship assinado a tenha expedido (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: {status}, but its last signed parcel.seal, parcel.ship or parcel.void made it {expected} (changed outside sortapp)</source>
        <translation>encomenda {parcel}: {status}, mas o seu último parcel.seal, parcel.ship ou parcel.void assinado deixou-o {expected} (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its fingerprint is not the one its signed parcel.seal recorded (changed outside sortapp)</source>
        <translation>encomenda {parcel}: a sua impressão digital não é a que o seu parcel.seal assinado registou (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: shipped, but its time of shipping is gone (changed outside sortapp)</source>
        <translation>encomenda {parcel}: expedida, mas a sua hora de expedição desapareceu (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its carrier or air waybill is not what its signed parcel.ship recorded (changed outside sortapp)</source>
        <translation>encomenda {parcel}: a sua transportadora ou o seu conhecimento aéreo não é o que o seu parcel.ship assinado registou (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>parcel {parcel}: its reason for voiding is not the one its signed parcel.void recorded (changed outside sortapp)</source>
        <translation>encomenda {parcel}: o seu motivo de anulação não é o que o seu parcel.void assinado registou (alterado fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entry {uid}: records no weighing (sortapp records where each weight came from; written outside sortapp)</source>
        <translation>entrada de classificação {uid}: não regista nenhuma pesagem (o sortapp regista de onde veio cada peso; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: dated {at}, but {what} it weighed is dated {record_at} (sortapp writes both at once; written outside sortapp)</source>
        <translation>pesagem n.º {id}: com a data {at}, mas {what} que pesou tem a data {record_at} (o sortapp escreve ambas de uma vez; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: its weighing #{id} says {ct} ct, but {recorded} ct is recorded (sortapp records the weight it took; written outside sortapp)</source>
        <translation>{what}: a sua pesagem n.º {id} indica {ct} ct, mas estão registados {recorded} ct (o sortapp regista o peso que tomou; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: typed by hand at {at}, when this site took weights from the balance only (sortapp refuses a typed weight then; written outside sortapp)</source>
        <translation>{what}: escrito à mão às {at}, quando este local só aceitava pesos da balança (o sortapp recusa então um peso escrito; escrito fora do sortapp)</translation>
    </message>
    <message>
        <source>sorting entries {first} to {last}: imported from file {file}, whose weights were typed, while this site took weights from the balance only (sortapp refuses such a file then; written outside sortapp)</source>
        <translation>entradas de classificação {first} a {last}: importadas do ficheiro {file}, cujos pesos foram escritos, quando este local só aceitava pesos da balança (o sortapp recusa então um tal ficheiro; escritas fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: records the capture weighing #{other} records (one reading off the balance is one weight; written outside sortapp)</source>
        <translation>pesagem n.º {id}: regista a captura que a pesagem n.º {other} regista (uma leitura da balança é um só peso; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: records no capture off the balance (sortapp checks a balance with a reading captured off it; written outside sortapp)</source>
        <translation>verificação n.º {id} da balança {balance}: não regista nenhuma captura da balança (o sortapp verifica uma balança com uma leitura capturada dela; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id} of balance {balance}: recorded at {at}, on the site&apos;s day {judged}, yet said to be of {day} (written outside sortapp)</source>
        <translation>verificação n.º {id} da balança {balance}: registada às {at}, no dia do local {judged}, mas dita de {day} (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>balance check #{id}</source>
        <translation>verificação de balança n.º {id}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>{what} (weighing #{id})</source>
        <translation>{what} (pesagem n.º {id})</translation>
    </message>
    <message>
        <source>{what}: the reading captured off balance {balance} (&apos;{reading}&apos;) is not the {ct} ct recorded (written outside sortapp)</source>
        <translation>{what}: a leitura capturada da balança {balance} («{reading}») não é os {ct} ct registados (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: the line balance {balance} sent (&apos;{raw}&apos;) does not read {ct} ct with any protocol it was registered with (written outside sortapp)</source>
        <translation>{what}: a linha que a balança {balance} enviou («{raw}») não se lê {ct} ct com nenhum dos protocolos com que foi registada (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} on port &apos;{port}&apos;, which it was never registered on (written outside sortapp)</source>
        <translation>{what}: capturado da balança {balance} na porta «{port}», em que nunca foi registada (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: {ct} ct captured off balance {balance}, outside every load range it was registered with (sortapp takes no weight below a balance&apos;s minimum load or above its maximum; written outside sortapp)</source>
        <translation>{what}: {ct} ct capturados da balança {balance}, fora de qualquer intervalo de carga com que foi registada (o sortapp não aceita pesos abaixo da carga mínima de uma balança nem acima da máxima; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: balance {balance}&apos;s line (&apos;{raw}&apos;) marks its last digit as not verified, and the balance was registered as verified for trade throughout (written outside sortapp)</source>
        <translation>{what}: a linha da balança {balance} («{raw}») marca o último dígito como não verificado, e a balança esteve sempre registada como verificada para comércio (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>{what}: captured off balance {balance} at &apos;{captured}&apos;, not within the 10 minutes before it was recorded at {at} (written outside sortapp)</source>
        <translation>{what}: capturado da balança {balance} às «{captured}», não nos 10 minutos antes de ser registado às {at} (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, when its calibration was due on {due} (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesagem n.º {id}: capturada da balança {balance} em {day}, quando a sua calibração vencera em {due} (o sortapp bloqueia então a captura; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} before any calibration of it was recorded (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesagem n.º {id}: capturada da balança {balance} antes de registada qualquer calibração dela (o sortapp bloqueia então a captura; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>weighing #{id}: captured off balance {balance} on {day}, which had not passed its daily check that day (sortapp blocks capture then; written outside sortapp)</source>
        <translation>pesagem n.º {id}: capturada da balança {balance} em {day}, que não passara a verificação diária nesse dia (o sortapp bloqueia então a captura; escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>these figures differ from the ones {by} exported on {at}: something dated within the period was recorded since; export them again and send the amended figures to the KP authority</source>
        <translation>estes números diferem dos que {by} exportou em {at}: algo datado dentro do período foi registado desde então; exporte-os de novo e envie os números rectificados à autoridade do PK</translation>
    </message>
    <message>
        <source>{what} is dated {day}, within {first} to {last}, whose KP statistics {by} exported on {at}: they change; export them again and send the amended figures to the KP authority (or tell a supervisor)</source>
        <translation>{what} tem a data de {day}, entre {first} e {last}, período cujas estatísticas do PK {by} exportou em {at}: mudam; exporte-as de novo e envie os números rectificados à autoridade do PK (ou avise um supervisor)</translation>
    </message>
</context>
</TS>

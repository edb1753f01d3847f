<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>{name} is the last holder of the site signing key: without them no checkpoint could be signed again. Give the key to another supervisor or admin first; nothing was changed</source>
        <extracomment>Checkpoint files in a checkpoint folder end so. Signed before the body, so a checkpoint signature means nothing else (a transfer file, say). A file bigger than this in a checkpoint folder is not read (it is not a checkpoint). What a checkpoint states: the head (``checkpoint``); the head, which is a ``verify.seal`` entry its signer recorded after verifying everything (``seal``: plain verify may then trust the seal&apos;s digests); the head after a restore, whose earlier checkpoints of entries after ``from_id`` belong to the replaced history (``restore``). Seal checkpoints looked at, newest first, for one that vouches for its seal. Files read for checkpoints: checkpoint files, backups&apos; sidecars (.json), transfer files.</extracomment>
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
        <source>{name} does not hold the site signing key, so cannot give it</source>
        <translation>{name} não detém a chave de assinatura do local e por isso não a pode dar</translation>
    </message>
    <message>
        <source>site key grant: unknown user or wrong password for &apos;{name}&apos;</source>
        <translation>cedência da chave do local: utilizador desconhecido ou palavra-passe errada para «{name}»</translation>
    </message>
    <message>
        <source>{name} is not an active supervisor or admin; operators never hold the key</source>
        <translation>{name} não é um supervisor ou administrador ativo; os operadores nunca detêm a chave</translation>
    </message>
    <message>
        <source>this site has no signing key yet: it is made when a supervisor or admin signs in</source>
        <translation>este local ainda não tem chave de assinatura: é criada quando um supervisor ou administrador inicia sessão</translation>
    </message>
    <message>
        <source>mark: &apos;{text}&apos; is not a document&apos;s audit mark; type it as printed in the footer, such as KSF-A1234 3f2a91c07b1e</source>
        <translation>marca: «{text}» não é a marca de auditoria de um documento; escreva-a tal como está impressa no rodapé, por exemplo KSF-A1234 3f2a91c07b1e</translation>
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
        <extracomment>The page that shows each kind of thing found (the key of its ``PageSpec``).</extracomment>
        <translation>leia ou escreva um número de lote, encomenda, certificado ou etiqueta</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is no lot, parcel, KP certificate or label number of this site</source>
        <translation>«{number}» não é número de lote, encomenda, certificado PK ou etiqueta deste local</translation>
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
        <translation>Certificado PK {number}: encomenda {parcel} (abrange {parcels})</translation>
    </message>
    <message>
        <source>KP certificate {number}: parcel {parcel}</source>
        <translation>Certificado PK {number}: encomenda {parcel}</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot} (with {lots})</source>
        <translation>Certificado PK de entrada {number}: lote {lot} (com {lots})</translation>
    </message>
    <message>
        <source>Incoming KP certificate {number}: lot {lot}</source>
        <translation>Certificado PK de entrada {number}: lote {lot}</translation>
    </message>
    <message>
        <source>this database has no site yet; create the site first</source>
        <extracomment>The default of the ``wdc_statement`` setting (the World Diamond Council&apos;s System of Warranties statement printed on invoices). Site settings with their defaults, as stored (text).</extracomment>
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
        <source>{field}: answer yes or no</source>
        <translation>{field}: responda yes ou no</translation>
    </message>
    <message>
        <source>{field}: use one of {choices}</source>
        <extracomment>The sheets documents are laid out for.</extracomment>
        <translation>{field}: use um dos valores {choices}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time zone (e.g. Africa/Gaborone)</source>
        <translation>{field}: «{value}» não é um fuso horário (por exemplo Africa/Gaborone)</translation>
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
        <extracomment>The rule a site code follows, said before one is refused (issue 13).</extracomment>
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
        <source>site name: enter the facility&apos;s name</source>
        <translation>nome do local: escreva o nome das instalações</translation>
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
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password; after {count} or more failed attempts in a row it is locked until {until}</source>
        <translation>início de sessão recusado para «{name}»: utilizador desconhecido ou palavra-passe errada; após {count} ou mais tentativas falhadas seguidas fica bloqueado até {until}</translation>
    </message>
    <message>
        <source>sign-in refused for &apos;{name}&apos;: unknown user or wrong password</source>
        <translation>início de sessão recusado para «{name}»: utilizador desconhecido ou palavra-passe errada</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; does not exist</source>
        <translation>o utilizador «{name}» não existe</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; has no failed sign-ins; nothing changed</source>
        <translation>o utilizador «{name}» não tem inícios de sessão falhados; nada foi alterado</translation>
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
        <source>user &apos;{name}&apos; already exists</source>
        <translation>o utilizador «{name}» já existe</translation>
    </message>
    <message>
        <source>you cannot demote or deactivate yourself; ask another admin</source>
        <translation>não se pode despromover nem desativar a si próprio; peça a outro administrador</translation>
    </message>
    <message>
        <source>{name} gets the site signing key when a holder gives it to them ({name} types their password) or an admin who holds it sets their password</source>
        <translation>{name} recebe a chave de assinatura do local quando um detentor lha dá ({name} introduz a sua palavra-passe) ou um administrador que a detém define a sua palavra-passe</translation>
    </message>
    <message>
        <source>name: enter the facility&apos;s name</source>
        <translation>nome: escreva o nome das instalações</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a site setting; use one of: name, {keys}</source>
        <translation>«{key}» não é uma definição do local; use uma de: name, {keys}</translation>
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
        <translation>nome: escreva o nome do país</translation>
    </message>
    <message>
        <source>{field}: {name} ({code}) is not on the site&apos;s KP participant list; rough diamonds may only go to KP participants</source>
        <translation>{field}: {name} ({code}) não consta da lista de participantes no PK do local; os diamantes em bruto só podem ir para participantes no PK</translation>
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
        <translation>{field}: escreva um montante superior a 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: say why, in a few words</source>
        <translation>{field}: diga porquê, em poucas palavras</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date; write YYYY-MM-DD</source>
        <translation>{field}: «{text}» não é uma data; escreva AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{field}: &apos;{code}&apos; is not a known ISO 3166 country code; an admin can add it</source>
        <translation>{field}: «{code}» não é um código de país ISO 3166 conhecido; um administrador pode adicioná-lo</translation>
    </message>
</context>
</TS>

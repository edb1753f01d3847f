<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>stones</source>
        <translation>pedras</translation>
    </message>
    <message>
        <source>weighed carats</source>
        <translation>quilates pesados</translation>
    </message>
    <message>
        <source>declared carats</source>
        <translation>quilates declarados</translation>
    </message>
    <message>
        <source>declared value USD</source>
        <translation>valor declarado USD</translation>
    </message>
    <message>
        <source>loss carats</source>
        <translation>quilates de perda</translation>
    </message>
    <message>
        <source>USD per carat</source>
        <translation>USD por quilate</translation>
    </message>
    <message>
        <source>value USD</source>
        <translation>valor USD</translation>
    </message>
    <message>
        <source>role: &apos;{text}&apos; is not a role; use operator, supervisor or admin</source>
        <translation>função: «{text}» não é uma função; use operator, supervisor ou admin</translation>
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
        <source>{name} is {role}; {action} needs a supervisor or admin</source>
        <translation>{name} é {role}; {action} requer um supervisor ou administrador</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an admin</source>
        <translation>{name} é {role}; {action} requer um administrador</translation>
    </message>
    <message>
        <source>{name} is {role}; {action} needs an operator</source>
        <translation>{name} é {role}; {action} requer um operador</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has a &apos;,&apos;; this site writes decimals with &apos;.&apos;</source>
        <translation>{field}: «{text}» tem uma «,»; este local escreve as casas decimais com «.»</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no thousands separator)</source>
        <translation>{field}: «{text}» não é um número simples (em {unit}): algarismos e uma «,» ou «.», sem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: enter a number of {unit}</source>
        <translation>{field}: introduza um número (em {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter {unit} of zero or more</source>
        <translation>{field}: «{text}» é negativo; introduza zero ou mais (em {unit})</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;,&apos; or &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» não é um número simples (em {unit}): algarismos e uma «,» ou «.», sem expoente nem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a plain number of {unit} (digits and one &apos;.&apos;, no exponent, no thousands separator)</source>
        <translation>{field}: «{text}» não é um número simples (em {unit}): algarismos e um «.», sem expoente nem separador de milhares</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; has more than {places} decimals; enter at most {places} (figures are never rounded)</source>
        <translation>{field}: «{text}» tem mais de {places} casas decimais; introduza no máximo {places} (os valores nunca são arredondados)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is too large</source>
        <translation>{field}: «{text}» é demasiado grande</translation>
    </message>
    <message>
        <source>carats</source>
        <translation>quilates</translation>
    </message>
    <message>
        <source>{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure</source>
        <translation>{field}: {text} ct é absurdo (mais de 10 000 000 ct); verifique o valor</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a weight above 0.000 ct</source>
        <translation>{field}: «{text}» é negativo; introduza um peso acima de 0.000 ct</translation>
    </message>
    <message>
        <source>{field}: enter a weight above 0.000 ct</source>
        <translation>{field}: introduza um peso acima de 0.000 ct</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dólares americanos</translation>
    </message>
    <message>
        <source>{field}: {text} USD is absurd; check the figure</source>
        <translation>{field}: {text} USD é absurdo; verifique o valor</translation>
    </message>
    <message>
        <source>{field}: enter an amount above 0.00 USD</source>
        <translation>{field}: introduza um montante acima de 0.00 USD</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is negative; enter a count of stones, zero or more</source>
        <translation>{field}: «{text}» é negativo; introduza um número de pedras, zero ou mais</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of stones</source>
        <translation>{field}: «{text}» não é um número inteiro de pedras</translation>
    </message>
    <message>
        <source>{field}: {text} stones is absurd; check the count</source>
        <translation>{field}: {text} pedras é absurdo; verifique a contagem</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number of {unit} (0 or more)</source>
        <translation>{field}: «{text}» não é um número inteiro (em {unit}, 0 ou mais)</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number (0 or more)</source>
        <translation>{field}: «{text}» não é um número inteiro (0 ou mais)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percentagem</translation>
    </message>
    <message>
        <source>The file is not a sortapp database (its {table} table is another program&apos;s)</source>
        <translation>O ficheiro não é uma base de dados sortapp (a tabela {table} é de outro programa)</translation>
    </message>
    <message>
        <source>Check the path given.</source>
        <translation>Verifique o caminho indicado.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check ({problem})</source>
        <translation>A cópia de segurança falhou a verificação de integridade ({problem})</translation>
    </message>
    <message>
        <source>Check the disk of the backup folder.</source>
        <translation>Verifique o disco da pasta de cópias de segurança.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({error})</source>
        <translation>Não foi possível escrever a cópia de segurança em {folder} ({error})</translation>
    </message>
    <message>
        <source>Check that the backup folder (or removable medium) is there and writable.</source>
        <translation>Verifique se a pasta de cópias de segurança (ou o suporte amovível) está presente e permite escrita.</translation>
    </message>
    <message>
        <source>Check the backup folder&apos;s disk and free space.</source>
        <translation>Verifique o disco da pasta de cópias de segurança e o espaço livre.</translation>
    </message>
    <message>
        <source>The backup notes&apos; lock {path} is not a file sortapp made (a folder, a link or a pipe): this backup&apos;s note was not written</source>
        <translation>O bloqueio das notas das cópias de segurança {path} não é um ficheiro criado pelo sortapp (uma pasta, uma ligação ou um pipe): a nota desta cópia de segurança não foi escrita</translation>
    </message>
    <message>
        <source>Remove it; sortapp makes it again.</source>
        <translation>Remova-o; o sortapp volta a criá-lo.</translation>
    </message>
    <message>
        <source>The restore&apos;s lock {path} cannot be used ({error}); nothing was changed</source>
        <translation>O bloqueio do restauro {path} não pode ser usado ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>Remove whatever is at that name, or make the folder writable.</source>
        <translation>Remova o que estiver com esse nome, ou torne a pasta gravável.</translation>
    </message>
    <message>
        <source>Another restore of this database is under way ({path} stayed locked for over {seconds} s); nothing was changed</source>
        <translation>Outro restauro desta base está em curso ({path} ficou bloqueado mais de {seconds} s); nada foi alterado</translation>
    </message>
    <message>
        <source>Let it end, then open the database again.</source>
        <translation>Deixe-o terminar e depois abra a base de novo.</translation>
    </message>
    <message>
        <source>The backup notes in {folder} stayed locked by another program or workstation for over {seconds} s: this backup&apos;s note was not written</source>
        <translation>As notas das cópias de segurança em {folder} ficaram bloqueadas por outro programa ou posto de trabalho durante mais de {seconds} s: a nota desta cópia de segurança não foi escrita</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Tente novamente dentro de momentos.</translation>
    </message>
    <message>
        <source>The backup&apos;s check could not be noted in {target} ({error})</source>
        <translation>Não foi possível anotar a verificação da cópia de segurança em {target} ({error})</translation>
    </message>
    <message>
        <source>The backup could not be copied into {folder} to be restored ({error})</source>
        <translation>Não foi possível copiar a cópia de segurança para {folder} para ser restaurada ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; free some space there, or set TMPDIR (on Windows, TEMP) to a folder of your own with room for a copy of the backup.</source>
        <translation>Nada foi alterado; liberte espaço aí, ou aponte TMPDIR (no Windows, TEMP) para uma pasta sua com espaço para uma cópia da cópia de segurança.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({error})</source>
        <translation>Não foi possível ler a cópia de segurança {name} ({error})</translation>
    </message>
    <message>
        <source>Nothing was changed; check that the file is there and readable (its stick or share connected).</source>
        <translation>Nada foi alterado; verifique se o ficheiro está lá e pode ser lido (a sua pen ou partilha ligada).</translation>
    </message>
    <message>
        <source>The damaged database could not be kept in {folder} before the restore ({error}); nothing was changed</source>
        <translation>A base danificada não pôde ser guardada em {folder} antes do restauro ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>Check the disks of the backup folder and of the database, and their free space.</source>
        <translation>Verifique os discos da pasta das cópias de segurança e da base, e o seu espaço livre.</translation>
    </message>
    <message>
        <source>The backup could not be written over the damaged database {path} ({error}); nothing was changed</source>
        <translation>A cópia de segurança não pôde ser escrita no lugar da base danificada {path} ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>Check that no other program has the file open, and the disk&apos;s free space.</source>
        <translation>Verifique que nenhum outro programa tem o ficheiro aberto, e o espaço livre do disco.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing)</source>
        <translation>A base de dados está ocupada (outro posto está a escrever)</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Tente novamente.</translation>
    </message>
    <message>
        <source>The database is locked</source>
        <translation>A base de dados está bloqueada</translation>
    </message>
    <message>
        <source>Try again; close other copies of sortapp.</source>
        <translation>Tente novamente; feche as outras cópias do sortapp.</translation>
    </message>
    <message>
        <source>The database file is read-only</source>
        <translation>O ficheiro da base de dados é só de leitura</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or the medium&apos;s write protection.</source>
        <translation>Verifique as permissões do ficheiro ou a protecção contra escrita do suporte.</translation>
    </message>
    <message>
        <source>The disk could not be read or written</source>
        <translation>Não foi possível ler ou escrever no disco</translation>
    </message>
    <message>
        <source>Check the disk and free space.</source>
        <translation>Verifique o disco e o espaço livre.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>O disco está cheio</translation>
    </message>
    <message>
        <source>Free some space; nothing was written.</source>
        <translation>Liberte espaço; nada foi escrito.</translation>
    </message>
    <message>
        <source>The database file cannot be opened</source>
        <translation>Não é possível abrir o ficheiro da base de dados</translation>
    </message>
    <message>
        <source>Check the path and permissions.</source>
        <translation>Verifique o caminho e as permissões.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>O ficheiro da base de dados está danificado</translation>
    </message>
    <message>
        <source>Restore the last good backup and verify it.</source>
        <translation>Restaure a última cópia de segurança boa e verifique-a.</translation>
    </message>
    <message>
        <source>The file is not a sortapp database</source>
        <translation>O ficheiro não é uma base de dados sortapp</translation>
    </message>
    <message>
        <source>{message} ({name})</source>
        <translation>{message} ({name})</translation>
    </message>
    <message>
        <source>this would leave a negative balance</source>
        <translation>isto deixaria um saldo negativo</translation>
    </message>
    <message>
        <source>the lot is not open for sorting (not weighed yet, or closed)</source>
        <translation>o lote não está aberto para classificação (ainda não pesado, ou fechado)</translation>
    </message>
    <message>
        <source>this would bring the lot&apos;s sorted carats and losses above the carats received plus the tolerance</source>
        <translation>os quilates classificados e as perdas do lote ultrapassariam os quilates recebidos mais a tolerância</translation>
    </message>
    <message>
        <source>no stones of the entry&apos;s size class could weigh its carats (a count or carats keyed wrong, or the wrong category)</source>
        <translation>nenhuma pedra da classe de tamanho da entrada pode pesar os seus quilates (uma contagem ou quilates mal digitados, ou a categoria errada)</translation>
    </message>
    <message>
        <source>a closing of a sorting moves its lot&apos;s received carats to its sorting entries&apos; stock and losses and the rest to one difference line; this one does not (written outside sortapp)</source>
        <translation>o fecho de uma classificação leva os quilates recebidos do lote para o stock e as perdas das suas entradas de classificação, e o resto para uma única linha de diferença; este não o faz (escrito fora do sortapp)</translation>
    </message>
    <message>
        <source>a ledger entry moves goods only as its kind does (a receipt from the world, a packing from stock into its parcel, a shipping out of it, a voiding back); this one does not (written outside sortapp)</source>
        <translation>um lançamento do razão só move mercadorias como o seu tipo o faz (uma recepção vinda do mundo, uma embalagem do stock para a sua encomenda, um envio para fora dela, uma anulação de volta); este não o faz (escrito fora do sortapp)</translation>
    </message>
    <message>
        <source>a reversal is the exact negation of the entry it reverses; this one is not (written outside sortapp)</source>
        <translation>um estorno é a negação exacta do lançamento que estorna; este não o é (escrito fora do sortapp)</translation>
    </message>
    <message>
        <source>a loss is weighed, not counted: its stones are none</source>
        <translation>uma perda pesa-se, não se conta: não tem pedras</translation>
    </message>
    <message>
        <source>a lot&apos;s status only moves forward (a closed lot stays closed)</source>
        <translation>o estado de um lote só avança (um lote fechado fica fechado)</translation>
    </message>
    <message>
        <source>the lot is already weighed and received in the ledger</source>
        <translation>o lote já está pesado e recebido no razão</translation>
    </message>
    <message>
        <source>the lot&apos;s sorting has started; it cannot be weighed again</source>
        <translation>a classificação do lote começou; o lote não pode ser pesado de novo</translation>
    </message>
    <message>
        <source>a weighing records the carats of what it weighed (the sorting entry, the lot, the balance check); this one does not (written outside sortapp)</source>
        <translation>uma pesagem regista os quilates do que pesou (a entrada de classificação, o lote, a verificação da balança); esta não o faz (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is the reading it showed; this one is not: capture the weight again</source>
        <translation>um peso capturado da balança é a leitura que ela mostrou; este não o é: capture de novo o peso</translation>
    </message>
    <message>
        <source>a weight is captured off a balance on the port it is registered on: connect it there and capture again (an admin changes the port in the register)</source>
        <translation>um peso captura-se de uma balança na porta em que está registada: ligue-a nessa porta e capture de novo (um administrador altera a porta no registo)</translation>
    </message>
    <message>
        <source>a weight captured off the balance is recorded within 10 minutes of its reading: capture it again</source>
        <translation>um peso capturado da balança regista-se nos 10 minutos seguintes à sua leitura: capture-o de novo</translation>
    </message>
    <message>
        <source>a weight is captured only off a balance whose calibration is not due: an admin records its new calibration first</source>
        <translation>um peso só se captura de uma balança cuja calibração não está vencida: um administrador regista primeiro a sua nova calibração</translation>
    </message>
    <message>
        <source>this site captures weights only off a balance that passed its check with a reference weight today: check the balance first</source>
        <translation>este local só captura pesos de uma balança que passou hoje a verificação com um peso de referência: verifique primeiro a balança</translation>
    </message>
    <message>
        <source>this site takes weights from the balance only: capture the weight from the balance</source>
        <translation>este local só aceita pesos da balança: capture o peso da balança</translation>
    </message>
    <message>
        <source>a weight is recorded with its weighing (where it came from: the balance, or typed); this one has none (written outside sortapp)</source>
        <translation>um peso regista-se com a sua pesagem (de onde veio: a balança, ou escrito); este não tem nenhuma (escrito fora do sortapp)</translation>
    </message>
    <message>
        <source>a balance check is of the site&apos;s day it is recorded on (written outside sortapp)</source>
        <translation>uma verificação de balança é do dia do local em que é registada (escrita fora do sortapp)</translation>
    </message>
    <message>
        <source>that reading off the balance is recorded already (one reading is one weight): capture the weight again</source>
        <translation>essa leitura da balança já está registada (uma leitura é um só peso): capture de novo o peso</translation>
    </message>
    <message>
        <source>a reweighing starts from the weight the lot has; look at the lot again</source>
        <translation>uma nova pesagem parte do peso que o lote tem; veja o lote de novo</translation>
    </message>
    <message>
        <source>the parcel is no longer a draft (sealed, shipped or void)</source>
        <translation>a encomenda já não é um rascunho (selada, expedida ou anulada)</translation>
    </message>
    <message>
        <source>only a sealed parcel ships</source>
        <translation>só uma encomenda selada é expedida</translation>
    </message>
    <message>
        <source>the shipment under that KP certificate has left</source>
        <translation>a remessa com esse CPK já partiu</translation>
    </message>
    <message>
        <source>a parcel&apos;s carrier and air waybill are recorded when it ships, and only then</source>
        <translation>o transportador e a carta de porte aéreo de uma encomenda são registados na expedição, e só então</translation>
    </message>
    <message>
        <source>a lot with that number already exists</source>
        <translation>já existe um lote com esse número</translation>
    </message>
    <message>
        <source>a parcel with that number already exists</source>
        <translation>já existe uma encomenda com esse número</translation>
    </message>
    <message>
        <source>that seal number is already used at this site</source>
        <translation>esse número de selo já é usado neste local</translation>
    </message>
    <message>
        <source>that KP certificate is already recorded</source>
        <translation>esse CPK já está registado</translation>
    </message>
    <message>
        <source>a category with that code already exists</source>
        <translation>já existe uma categoria com esse código</translation>
    </message>
    <message>
        <source>a user with that name already exists</source>
        <translation>já existe um utilizador com esse nome</translation>
    </message>
    <message>
        <source>that transfer file was already imported</source>
        <translation>esse ficheiro de transferência já foi importado</translation>
    </message>
    <message>
        <source>that entry is already corrected</source>
        <translation>essa entrada já foi corrigida</translation>
    </message>
    <message>
        <source>that ledger entry is already reversed</source>
        <translation>esse lançamento do razão já foi estornado</translation>
    </message>
    <message>
        <source>the database already holds a weighing of an entry this import makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>a base de dados já contém uma pesagem de uma entrada que esta importação faz (escrita fora do sortapp); um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>the database already holds a weighing of the entry this action makes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>a base de dados já contém uma pesagem da entrada que esta acção faz (escrita fora do sortapp); um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>the audit log already holds an entry under the uid this action&apos;s entry takes (written outside sortapp); an admin checks the database (verify)</source>
        <translation>o registo de auditoria já contém uma entrada com o identificador que a entrada desta acção toma (escrita fora do sortapp); um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>refused: {why}; nothing written</source>
        <translation>recusado: {why}; nada foi escrito</translation>
    </message>
    <message>
        <source>The database is open read-only ({why}); nothing was written</source>
        <translation>A base de dados está aberta só para leitura ({why}); nada foi escrito</translation>
    </message>
    <message>
        <source>Make changes on a writable copy of the database</source>
        <translation>Faça as alterações numa cópia da base de dados que permita escrita</translation>
    </message>
    <message>
        <source>the database refused the write ({refusal}) under a schema that is not sortapp&apos;s ({objects}: changed outside sortapp): nothing was written</source>
        <translation>a base de dados recusou a escrita ({refusal}) sob um esquema que não é o do sortapp ({objects}: alterado fora do sortapp): nada foi escrito</translation>
    </message>
    <message>
        <source>An admin checks the database (verify)</source>
        <translation>Um administrador verifica a base de dados (verify)</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>aberta só para leitura, como pedido</translation>
    </message>
    <message>
        <source>no sortapp database at {path}; create one first</source>
        <translation>não há base de dados sortapp em {path}; crie uma primeiro</translation>
    </message>
    <message>
        <source>cannot create a database at {path}: {why}</source>
        <translation>não é possível criar uma base de dados em {path}: {why}</translation>
    </message>
    <message>
        <source>{path} {what}; it was left as it was</source>
        <translation>{path} {what}; ficou como estava</translation>
    </message>
    <message>
        <source>Check the path given: sortapp opens only its own databases</source>
        <translation>Verifique o caminho indicado: o sortapp só abre as suas próprias bases de dados</translation>
    </message>
    <message>
        <source>{path} is already a sortapp database (site {site}); a new database is created only where no file is: choose another path; nothing was changed</source>
        <translation>{path} já é uma base de dados sortapp (local {site}); uma base nova só é criada onde não há ficheiro: escolha outro caminho; nada foi alterado</translation>
    </message>
    <message>
        <source>This database has schema version {schema}, newer than this sortapp (version {version})</source>
        <translation>Esta base de dados tem a versão de esquema {schema}, mais recente do que este sortapp (versão {version})</translation>
    </message>
    <message>
        <source>Install the newer sortapp that wrote it; the file was not changed.</source>
        <translation>Instale o sortapp mais recente que a escreveu; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged ({problem}); restore the last good backup before writing to it</source>
        <translation>O SQLite indica que o ficheiro está danificado ({problem}); restaure a última cópia de segurança boa antes de escrever nele</translation>
    </message>
    <message>
        <source>The database on the server ({where}) sorts text by {collation}, not by code point (C); hashes and orders would differ from every other site&apos;s</source>
        <translation>A base de dados no servidor ({where}) ordena o texto por {collation}, não por ponto de código (C); os hashes e as ordens difeririam dos de todos os outros locais</translation>
    </message>
    <message>
        <source>Create the database with LC_COLLATE &apos;C&apos; (docs/facility-server.md).</source>
        <translation>Crie a base de dados com LC_COLLATE &apos;C&apos; (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database on the server ({where}) needs this sortapp&apos;s schema first</source>
        <translation>A base de dados no servidor ({where}) precisa primeiro do esquema deste sortapp</translation>
    </message>
    <message>
        <source>The database&apos;s owner brings it up to date (docs/facility-server.md).</source>
        <translation>O proprietário da base de dados actualiza-a (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The database file cannot be opened: {path} ({error})</source>
        <translation>Não é possível abrir o ficheiro da base de dados: {path} ({error})</translation>
    </message>
    <message>
        <source>Check the path given; nothing was changed.</source>
        <translation>Verifique o caminho indicado; nada foi alterado.</translation>
    </message>
    <message>
        <source>{why}; {note}</source>
        <translation>{why}; {note}</translation>
    </message>
    <message>
        <source>{path} is read-only ({why}) and its schema needs bringing up to date for this sortapp (version {version}), which is a write</source>
        <translation>{path} é só de leitura ({why}) e o seu esquema tem de ser actualizado para este sortapp (versão {version}), o que é uma escrita</translation>
    </message>
    <message>
        <source>Open a writable copy of the file; it was left as it was.</source>
        <translation>Abra uma cópia do ficheiro que permita escrita; ficou como estava.</translation>
    </message>
    <message>
        <source>{path} is on a network share</source>
        <translation>{path} está numa partilha de rede</translation>
    </message>
    <message>
        <source>sortapp keeps its database on a local disk (WAL mode is unsafe on SMB/NFS); copy it to a local folder</source>
        <translation>o sortapp guarda a base de dados num disco local (o modo WAL não é seguro em SMB/NFS); copie-a para uma pasta local</translation>
    </message>
    <message>
        <source>{path}: its schema does not match its record of schema changes ({error})</source>
        <translation>{path}: o esquema não corresponde ao registo de alterações do esquema ({error})</translation>
    </message>
    <message>
        <source>The file was edited outside sortapp; nothing was changed. Restore the last good backup and verify it.</source>
        <translation>O ficheiro foi editado fora do sortapp; nada foi alterado. Restaure a última cópia de segurança boa e verifique-a.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>não é um ficheiro normal</translation>
    </message>
    <message>
        <source>is an empty file, not a sortapp database</source>
        <translation>é um ficheiro vazio, não uma base de dados sortapp</translation>
    </message>
    <message>
        <source>is not a SQLite file, so not a sortapp database</source>
        <translation>não é um ficheiro SQLite, logo não é uma base de dados sortapp</translation>
    </message>
    <message>
        <source>is another program&apos;s SQLite database, not a sortapp database</source>
        <translation>é uma base de dados SQLite de outro programa, não do sortapp</translation>
    </message>
    <message>
        <source>is damaged: SQLite cannot read it</source>
        <translation>está danificado: o SQLite não o consegue ler</translation>
    </message>
    <message>
        <source>is a sortapp database</source>
        <translation>é uma base de dados sortapp</translation>
    </message>
    <message>
        <source>{what} ({detail})</source>
        <translation>{what} ({detail})</translation>
    </message>
    <message>
        <source>the last changes, still in {wal}, cannot be read and are not shown</source>
        <translation>as últimas alterações, ainda em {wal}, não podem ser lidas e não são mostradas</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>sem tabelas</translation>
    </message>
    <message>
        <source>{folder} is on a read-only medium</source>
        <translation>{folder} está num suporte só de leitura</translation>
    </message>
    <message>
        <source>no permission to write {path}</source>
        <translation>sem permissão para escrever {path}</translation>
    </message>
    <message>
        <source>no permission to write in its folder {folder} (SQLite keeps files beside it)</source>
        <translation>sem permissão para escrever na sua pasta {folder} (o SQLite guarda ficheiros ao lado)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>uma ligação simbólica</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>um pipe com nome</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um ficheiro normal</translation>
    </message>
    <message>
        <source>{what}: the name {name}... is too long for the file system</source>
        <translation>{what}: o nome {name}... é demasiado longo para o sistema de ficheiros</translation>
    </message>
    <message>
        <source>{what}: cannot use {path} ({error})</source>
        <translation>{what}: não é possível usar {path} ({error})</translation>
    </message>
    <message>
        <source>{what}: {path} is a working file of the database {database}; give another file name (nothing was written)</source>
        <translation>{what}: {path} é um ficheiro de trabalho da base de dados {database}; indique outro nome de ficheiro (nada foi escrito)</translation>
    </message>
    <message>
        <source>{what}: {path} is the database sortapp has open; give another file name (nothing was written)</source>
        <translation>{what}: {path} é a base de dados que o sortapp tem aberta; indique outro nome de ficheiro (nada foi escrito)</translation>
    </message>
    <message>
        <source>{what}: {path} is a SQLite database (a site&apos;s, perhaps open elsewhere); give another file name (nothing was written)</source>
        <translation>{what}: {path} é uma base de dados SQLite (de um local, talvez aberta noutro sítio); indique outro nome de ficheiro (nada foi escrito)</translation>
    </message>
    <message>
        <source>{what}: {path} is {kind}, not a regular file; give the name of a new file, or of a file to replace (nothing was written)</source>
        <translation>{what}: {path} é {kind}, não um ficheiro normal; indique o nome de um ficheiro novo, ou de um ficheiro a substituir (nada foi escrito)</translation>
    </message>
    <message>
        <source>{what}: {path} is a folder; remove it, or give another file name (nothing was written)</source>
        <translation>{what}: {path} é uma pasta; remova-a, ou indique outro nome de ficheiro (nada foi escrito)</translation>
    </message>
    <message>
        <source>the server refused the sign-in: unknown user, wrong password, or a user no longer active</source>
        <translation>o servidor recusou o início de sessão: utilizador desconhecido, palavra-passe errada, ou utilizador já não activo</translation>
    </message>
    <message>
        <source>The facility server refuses {user} another connection: a user holds only so many at once</source>
        <translation>O servidor das instalações recusa outra ligação a {user}: cada utilizador só mantém um número limitado de ligações ao mesmo tempo</translation>
    </message>
    <message>
        <source>Close sortapp where {user} is signed in at another workstation, or let a verify or command of theirs end; then try again.</source>
        <translation>Feche o sortapp noutro posto onde {user} tenha sessão iniciada, ou deixe terminar uma verificação ou um comando em seu nome; depois tente novamente.</translation>
    </message>
    <message>
        <source>The server has no database {name}</source>
        <translation>O servidor não tem a base de dados {name}</translation>
    </message>
    <message>
        <source>Check the database named in the URL (docs/facility-server.md).</source>
        <translation>Verifique a base de dados indicada no URL (docs/facility-server.md).</translation>
    </message>
    <message>
        <source>The facility server cannot be reached</source>
        <translation>Não é possível contactar o servidor das instalações</translation>
    </message>
    <message>
        <source>Check the network; sortapp reconnects by itself. If it happened while saving, look for the action in the audit log before doing it again.</source>
        <translation>Verifique a rede; o sortapp volta a ligar-se sozinho. Se aconteceu ao guardar, procure a acção no registo de auditoria antes de a repetir.</translation>
    </message>
    <message>
        <source>The database is busy (another workstation is writing); nothing was written</source>
        <translation>A base de dados está ocupada (outro posto está a escrever); nada foi escrito</translation>
    </message>
    <message>
        <source>the server refused it: {error}</source>
        <translation>o servidor recusou: {error}</translation>
    </message>
    <message>
        <source>no balance protocol called {name}: choose one of {known}</source>
        <translation>não há protocolo de balança chamado {name}: escolha um de {known}</translation>
    </message>
    <message>
        <source>the generic balance&apos;s pattern cannot be used: {error}</source>
        <translation>o padrão da balança genérica não pode ser usado: {error}</translation>
    </message>
    <message>
        <source>cannot open the balance at {url}: {error}</source>
        <translation>não é possível abrir a balança em {url}: {error}</translation>
    </message>
    <message>
        <source>the port {url} refused the line settings {settings} ({error}): check them against the balance&apos;s menu; a pseudo-terminal (the simulator&apos;s --pty) takes only 8 data bits without parity, and Linux refuses 7 bits or parity on it when nothing else changes: serve the simulator over TCP for those</source>
        <translation>a porta {url} recusou as definições de linha {settings} ({error}): compare-as com o menu da balança; um pseudo-terminal (o --pty do simulador) só aceita 8 bits de dados sem paridade, e o Linux recusa 7 bits ou paridade quando nada mais muda: sirva o simulador por TCP para esses</translation>
    </message>
    <message>
        <source>cannot open the balance&apos;s port {url}: {error}; check the port name (see the ports this computer has) and that no other program uses it</source>
        <translation>não é possível abrir a porta da balança {url}: {error}; verifique o nome da porta (veja as portas deste computador) e que nenhum outro programa a usa</translation>
    </message>
    <message>
        <source>the balance at {url} answered its serial number differently each time ({shown}): lines cut short; check the cable and the port settings ({settings})</source>
        <translation>a balança em {url} respondeu um número de série diferente de cada vez ({shown}): linhas cortadas; verifique o cabo e as definições da porta ({settings})</translation>
    </message>
    <message>
        <source>no stable reading in {timeout} s: {why}</source>
        <translation>nenhuma leitura estável em {timeout} s: {why}</translation>
    </message>
    <message>
        <source>the balance&apos;s stable readings did not agree twice in a row in {timeout} s ({seen}): bytes may be lost on the line; check the cable and the port settings ({settings})</source>
        <translation>as leituras estáveis da balança não coincidiram duas vezes seguidas em {timeout} s ({seen}): podem perder-se bytes na linha; verifique o cabo e as definições da porta ({settings})</translation>
    </message>
    <message>
        <source>one stable reading came ({reading}) but a capture takes two that agree: press the balance&apos;s PRINT key again within {timeout} s (or set the balance to send continuously)</source>
        <translation>chegou uma leitura estável ({reading}) mas uma captura precisa de duas iguais: prima de novo a tecla PRINT da balança dentro de {timeout} s (ou configure a balança para enviar continuamente)</translation>
    </message>
    <message>
        <source>the reading stayed unstable for {timeout} s (last: {reading}): keep the pan still, close the draught shield and try again</source>
        <translation>a leitura ficou instável durante {timeout} s (última: {reading}): mantenha o prato imóvel, feche a protecção contra correntes de ar e tente de novo</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot zero</source>
        <translation>o protocolo desta balança ({protocol}) não consegue zerar</translation>
    </message>
    <message>
        <source>this balance&apos;s protocol ({protocol}) cannot tare</source>
        <translation>o protocolo desta balança ({protocol}) não consegue tarar</translation>
    </message>
    <message>
        <source>could not zero</source>
        <translation>não conseguiu zerar</translation>
    </message>
    <message>
        <source>could not tare</source>
        <translation>não conseguiu tarar</translation>
    </message>
    <message>
        <source>the balance at {url} does not take commands: check the cable and the handshake setting ({settings})</source>
        <translation>a balança em {url} não aceita comandos: verifique o cabo e a definição de controlo de fluxo ({settings})</translation>
    </message>
    <message>
        <source>the balance at {url} is disconnected (closed)</source>
        <translation>a balança em {url} está desligada (fechada)</translation>
    </message>
    <message>
        <source>the balance at {url} disconnected ({error}): check the cable and that it is switched on</source>
        <translation>a balança em {url} desligou-se ({error}): verifique o cabo e se está ligada</translation>
    </message>
    <message>
        <source>the balance at {url}: stopped (cancelled)</source>
        <translation>a balança em {url}: parada (cancelado)</translation>
    </message>
    <message>
        <source>could not give a reading</source>
        <translation>não conseguiu dar uma leitura</translation>
    </message>
    <message>
        <source>the balance {what}: {reason} ({code}); wait until it is still and try again</source>
        <translation>a balança {what}: {reason} ({code}); espere até estar estável e tente de novo</translation>
    </message>
    <message>
        <source>the balance refused the command ({code}): {reason}; check its protocol setting (this computer speaks {protocol})</source>
        <translation>a balança recusou o comando ({code}): {reason}; verifique a definição de protocolo (este computador usa {protocol})</translation>
    </message>
    <message>
        <source>no net weight from the balance at {url}: {why}</source>
        <translation>nenhum peso líquido da balança em {url}: {why}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer: check the cable and that it is switched on, set to {protocol} at {settings}</source>
        <translation>a balança em {url} não responde: verifique o cabo e se está ligada, configurada para {protocol} a {settings}</translation>
    </message>
    <message>
        <source>the balance at {url} does not answer in any protocol this computer knows ({names}): check the cable, that it is switched on and its interface settings</source>
        <translation>a balança em {url} não responde em nenhum protocolo que este computador conhece ({names}): verifique o cabo, se está ligada e as definições da interface</translation>
    </message>
    <message>
        <source>the balance is overloaded: take the goods off and weigh a smaller portion</source>
        <translation>a balança está em sobrecarga: retire a mercadoria e pese uma porção menor</translation>
    </message>
    <message>
        <source>the balance reads below zero: empty the pan and zero the balance</source>
        <translation>a balança lê abaixo de zero: esvazie o prato e ponha a balança a zero</translation>
    </message>
    <message>
        <source>the balance is busy (taring or adjusting): wait and capture again</source>
        <translation>a balança está ocupada (a tarar ou a ajustar): espere e capture de novo</translation>
    </message>
    <message>
        <source>the balance reported an error: check its display</source>
        <translation>a balança indicou um erro: verifique o mostrador</translation>
    </message>
    <message>
        <source>the balance sent its {kind} weight, not the net: {reading} is not the weight of the goods; set the balance to print the net weight</source>
        <translation>a balança enviou o peso {kind}, não o líquido: {reading} não é o peso da mercadoria; configure a balança para imprimir o peso líquido</translation>
    </message>
    <message>
        <source>the reading is not stable yet: wait for the stability mark and capture again</source>
        <translation>a leitura ainda não está estável: espere pelo sinal de estabilidade e capture de novo</translation>
    </message>
    <message>
        <source>the balance weighs in no unit, not ct: switch the balance to carats</source>
        <translation>a balança pesa sem unidade, não em ct: mude a balança para quilates</translation>
    </message>
    <message>
        <source>the balance weighs in {unit}, not ct: switch the balance to carats</source>
        <translation>a balança pesa em {unit}, não em ct: mude a balança para quilates</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which cannot be read: check the cable</source>
        <translation>a balança enviou {value} ct, que não pode ser lido: verifique o cabo</translation>
    </message>
    <message>
        <source>the balance sent {value} ct, which no balance weighs: check the cable</source>
        <translation>a balança enviou {value} ct, que nenhuma balança pesa: verifique o cabo</translation>
    </message>
    <message>
        <source>the balance reads zero or less: put the goods on the pan</source>
        <translation>a balança lê zero ou menos: coloque a mercadoria no prato</translation>
    </message>
    <message>
        <source>{value} ct has more than 3 decimals: set the balance to 0.001 ct</source>
        <translation>{value} ct tem mais de 3 casas decimais: configure a balança para 0.001 ct</translation>
    </message>
    <message>
        <source>the machine configuration {path} cannot be read ({error})</source>
        <translation>a configuração da máquina {path} não pode ser lida ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path} is not valid TOML ({error})</source>
        <translation>a configuração da máquina {path} não é TOML válido ({error})</translation>
    </message>
    <message>
        <source>the machine configuration {path}: database must be text (database = &quot;...&quot;)</source>
        <translation>a configuração da máquina {path}: database tem de ser texto (database = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>the balance does not know the command</source>
        <translation>a balança não conhece o comando</translation>
    </message>
    <message>
        <source>the command arrived garbled (parity or a broken line)</source>
        <translation>o comando chegou corrompido (paridade ou linha partida)</translation>
    </message>
    <message>
        <source>the balance cannot do that now</source>
        <translation>a balança não pode fazer isso agora</translation>
    </message>
    <message>
        <source>the balance is busy or not stable: it could not do it now</source>
        <translation>a balança está ocupada ou instável: não o pôde fazer agora</translation>
    </message>
    <message>
        <source>the balance refused the command&apos;s parameter</source>
        <translation>a balança recusou o parâmetro do comando</translation>
    </message>
    <message>
        <source>the weight is above the balance&apos;s range</source>
        <translation>o peso está acima do alcance da balança</translation>
    </message>
    <message>
        <source>the weight is below the balance&apos;s range</source>
        <translation>o peso está abaixo do alcance da balança</translation>
    </message>
    <message>
        <source>the balance reports error {code}</source>
        <translation>a balança indica o erro {code}</translation>
    </message>
    <message>
        <source>a communication error</source>
        <translation>um erro de comunicação</translation>
    </message>
    <message>
        <source>the balance is not ready</source>
        <translation>a balança não está pronta</translation>
    </message>
    <message>
        <source>the balance timed out</source>
        <translation>a balança excedeu o tempo de espera</translation>
    </message>
    <message>
        <source>too many characters in the command</source>
        <translation>demasiados caracteres no comando</translation>
    </message>
    <message>
        <source>a format error in the command</source>
        <translation>um erro de formato no comando</translation>
    </message>
    <message>
        <source>a parameter out of range</source>
        <translation>um parâmetro fora do intervalo</translation>
    </message>
    <message>
        <source>the balance is not stable</source>
        <translation>a balança não está estável</translation>
    </message>
    <message>
        <source>the balance reports an error</source>
        <translation>a balança indica um erro</translation>
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
        <translation>introduzido à mão, não da balança</translation>
    </message>
    <message>
        <source>balance {balance} (serial {serial})</source>
        <translation>balança {balance} (n.º de série {serial})</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>limpeza</translation>
    </message>
    <message>
        <source>breakage</source>
        <translation>quebra</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>amostra</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declarada</translation>
    </message>
    <message>
        <source>government</source>
        <translation>governamental</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>independente</translation>
    </message>
    <message>
        <source>{stones}, not all counted</source>
        <translation>{stones}, nem todas contadas</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contadas</translation>
    </message>
    <message>
        <source>lot {lot}: its uncounted stock lines differ from its sorting entries</source>
        <translation>lote {lot}: as suas linhas de existências sem contagem de pedras diferem das suas entradas de classificação</translation>
    </message>
    <message>
        <source>category #{key}: its kept stock lines differ from the stock on hand</source>
        <translation>categoria #{key}: as suas linhas de existências guardadas diferem das existências disponíveis</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>encomenda</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilizador</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>name in another language of</source>
        <translation>nome noutra língua de</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>CPK</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>definição</translation>
    </message>
    <message>
        <source>partner key</source>
        <translation>chave de parceiro</translation>
    </message>
    <message>
        <source>party</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balança</translation>
    </message>
    <message>
        <source>reference weight</source>
        <translation>peso de referência</translation>
    </message>
    <message>
        <source>price of</source>
        <translation>preço de</translation>
    </message>
    <message>
        <source>{category} from {day}</source>
        <translation>{category} a partir de {day}</translation>
    </message>
</context>
</TS>

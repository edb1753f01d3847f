<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <extracomment>The GUI&apos;s own words for a refusal&apos;s way out, by the error&apos;s code (services name no button or menu, and no CLI flag); formatted with the error&apos;s facts. A code not here (or whose way out has no button) is shown as the plain sentence.</extracomment>
        <translation>Preencha Mina ou Fornecedor.</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Selecione o lote {lot} na página Receção e use Pesar lote...</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Um supervisor seleciona o lote {lot} na página Receção e usa Aceitar diferença de peso...</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Para o alterar, selecione-o no registo e use Editar...</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>As categorias estão em Definições, Sortido.</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Um administrador define a autoridade em Definições, Local.</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Escolha uma cópia de segurança deste local.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Depois use Verificar agora na página Registo de auditoria.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Erro inesperado: {kind}: {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp: erro inesperado</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Nada ficou meio escrito. Copie os detalhes para o suporte.</translation>
    </message>
</context>
</TS>

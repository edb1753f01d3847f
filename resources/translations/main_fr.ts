<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Fill in Mine or Supplier.</source>
        <extracomment>The GUI&apos;s own words for a refusal&apos;s way out, by the error&apos;s code (services name no button or menu, and no CLI flag); formatted with the error&apos;s facts. A code not here (or whose way out has no button) is shown as the plain sentence.</extracomment>
        <translation>Renseignez Mine ou Fournisseur.</translation>
    </message>
    <message>
        <source>Select lot {lot} on the Receiving page and use Weigh lot...</source>
        <translation>Sélectionnez le lot {lot} dans la page Réception et utilisez Peser le lot...</translation>
    </message>
    <message>
        <source>A supervisor selects lot {lot} on the Receiving page and uses Acknowledge weight difference...</source>
        <translation>Un superviseur sélectionne le lot {lot} dans la page Réception et utilise Accepter l&apos;écart de poids...</translation>
    </message>
    <message>
        <source>To change it, select it in the register and use Edit...</source>
        <translation>Pour le modifier, sélectionnez-le dans le registre et utilisez Modifier...</translation>
    </message>
    <message>
        <source>The categories are on Settings, Assortment.</source>
        <translation>Les catégories se trouvent dans Paramètres, Assortiment.</translation>
    </message>
    <message>
        <source>An admin sets the authority on Settings, Site.</source>
        <translation>Un administrateur indique l&apos;autorité dans Paramètres, Site.</translation>
    </message>
    <message>
        <source>Choose a backup of this site.</source>
        <translation>Choisissez une sauvegarde de ce site.</translation>
    </message>
    <message>
        <source>Then use Verify now on the Audit log page.</source>
        <translation>Utilisez ensuite Vérifier maintenant dans la page Journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Erreur inattendue : {kind} : {error}</translation>
    </message>
    <message>
        <source>sortapp: unexpected error</source>
        <translation>sortapp : erreur inattendue</translation>
    </message>
    <message>
        <source>{error}

Nothing was half-written. Copy the details for support.</source>
        <translation>{error}

Rien n&apos;a été écrit à moitié. Copiez les détails pour l&apos;assistance.</translation>
    </message>
</context>
</TS>

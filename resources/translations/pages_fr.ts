<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Nothing to print on {page}.</source>
        <extracomment>Nothing shown is current: everything is read when the page is next shown. What changed while the page was hidden, brought in when it is next shown.</extracomment>
        <translation>Rien à imprimer dans {page}.</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>The areas of work, in Go-menu order (the index is what the window stores per user).</extracomment>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Search object or details (Ctrl+Shift+F)</source>
        <translation>Rechercher un objet ou des détails (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>La chaîne n&apos;a pas été vérifiée dans cette session.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time ({tz})</source>
        <translation>Heure ({tz})</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details (as recorded)</source>
        <translation>Détails (tels qu&apos;enregistrés)</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>Verifying now: the result comes below</source>
        <translation>Vérification en cours : le résultat s&apos;affichera ci-dessous</translation>
    </message>
    <message>
        <source>Verifying the audit chain, the ledger and the file...</source>
        <translation>Vérification de la chaîne d&apos;audit, du registre comptable et du fichier...</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Verified: OK ({counts}).</source>
        <translation>Vérifié : OK ({counts}).</translation>
    </message>
    <message numerus="yes">
        <source>Verify FAILED: %n problems. {problems}</source>
        <translation>
            <numerusform>Vérification ÉCHOUÉE : %n problème. {problems}</numerusform>
            <numerusform>Vérification ÉCHOUÉE : %n problèmes. {problems}</numerusform>
        </translation>
    </message>
    <message>
        <source>{said} Note: {notes}.</source>
        <translation>{said} Remarque : {notes}.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verify could not run.</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>Mouvements (registre)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valeur USD</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Origins of the selected category</source>
        <translation>Origines de la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>Filter by lot, parcel or ledger number</source>
        <translation>Filtrer par lot, colis ou numéro d&apos;écriture</translation>
    </message>
    <message>
        <source>Posted ({tz})</source>
        <translation>Comptabilisé ({tz})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source> ({counted} of {lines} lots&apos; lines counted)</source>
        <translation> ({counted} lignes de lots sur {lines} comptées)</translation>
    </message>
    <message>
        <source>On hand: {ct} ct, {stones}{of_them}, {usd} USD at today&apos;s price book, {categories}</source>
        <translation>En stock : {ct} ct, {stones}{of_them}, {usd} USD selon la liste de prix du jour, {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n stones counted</source>
        <translation>
            <numerusform>%n pierre comptée</numerusform>
            <numerusform>%n pierres comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>dans %n catégorie</numerusform>
            <numerusform>dans %n catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a category to see its origins</source>
        <translation>Sélectionnez une catégorie pour voir ses origines</translation>
    </message>
    <message>
        <source>Origins of {category}</source>
        <translation>Origines de {category}</translation>
    </message>
</context>
</TS>

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
        <source>Direction</source>
        <extracomment>The KP statistics&apos; columns (headings marked: shown through ``marked``).</extracomment>
        <translation>Sens</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>exports</source>
        <extracomment>The KP statistics&apos; directions, as a row and the totals name them.</extracomment>
        <translation>exportations</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importations</translation>
    </message>
    <message>
        <source>KP statistics</source>
        <translation>Statistiques PK</translation>
    </message>
    <message>
        <source>Lot reconciliation</source>
        <translation>Rapprochement du lot</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}</source>
        <translation>{direction} : {ct} ct, {usd} USD, {parcels}, {certificates}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals {parts}</source>
        <translation>Totaux : {parts}</translation>
    </message>
    <message>
        <source>lot number, Enter</source>
        <translation>numéro de lot, Entrée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Sorted</source>
        <translation>Trié</translation>
    </message>
    <message>
        <source>Loss: {kind}</source>
        <translation>Perte : {kind}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>lot number: where did it go?</source>
        <translation>numéro de lot : où est-il allé ?</translation>
    </message>
    <message>
        <source>parcel number: where did it come from?</source>
        <translation>numéro de colis : d&apos;où vient-il ?</translation>
    </message>
    <message>
        <source>or parcel</source>
        <translation>ou colis</translation>
    </message>
    <message>
        <source>Lot / parcel / place</source>
        <translation>Lot / colis / emplacement</translation>
    </message>
    <message>
        <source>Origin / status</source>
        <translation>Origine / statut</translation>
    </message>
    <message>
        <source>Lot {lot} (origin {origin}): where its carats are</source>
        <translation>Lot {lot} (origine {origin}) : où sont ses carats</translation>
    </message>
    <message>
        <source>parcel {parcel}</source>
        <translation>colis {parcel}</translation>
    </message>
    <message>
        <source>Parcel {parcel} (origin {origin}): its lots</source>
        <translation>Colis {parcel} (origine {origin}) : ses lots</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>Run the report first; there is nothing to export.</source>
        <translation>Exécutez d&apos;abord le rapport ; il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {path}.</numerusform>
            <numerusform>%n lignes exportées vers {path}.</numerusform>
        </translation>
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

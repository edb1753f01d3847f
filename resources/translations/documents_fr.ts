<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>n/c: not counted</source>
        <translation>n.c. : non compté</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>stones not counted</source>
        <translation>pierres non comptées</translation>
    </message>
    <message>
        <source>n/c</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <source>{n} stone</source>
        <translation>{n} pierre</translation>
    </message>
    <message>
        <source>{n} stones</source>
        <translation>{n} pierres</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} entries counted)</source>
        <translation>{count} ({counted} sur {of} entrées comptées)</translation>
    </message>
    <message>
        <source>{count} ({counted} of {of} lines counted)</source>
        <translation>{count} ({counted} sur {of} lignes comptées)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pierres</translation>
    </message>
    <message>
        <source>Carats</source>
        <translation>Carats</translation>
    </message>
    <message>
        <source>USD/ct</source>
        <translation>USD/ct</translation>
    </message>
    <message>
        <source>Value USD</source>
        <translation>Valeur USD</translation>
    </message>
    <message>
        <source>parcel {parcel} is not sealed under a KP certificate yet</source>
        <translation>le colis {parcel} n&apos;est pas encore scellé sous un certificat PK</translation>
    </message>
    <message>
        <source>KP certificate {cert}: every parcel under it was voided; it has no documents</source>
        <translation>certificat PK {cert} : tous les colis sous ce certificat ont été annulés ; il n&apos;a pas de documents</translation>
    </message>
    <message>
        <source>Parcels and seals</source>
        <translation>Colis et scellés</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Return to (exporting authority)</source>
        <translation>Retourner à (autorité d&apos;exportation)</translation>
    </message>
    <message>
        <source>KP certificate number</source>
        <translation>Numéro du certificat PK</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportateur</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Number of parcels</source>
        <translation>Nombre de colis</translation>
    </message>
    <message>
        <source>Carat weight</source>
        <translation>Poids en carats</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Import confirmation - KP certificate {cert}</source>
        <translation>Confirmation d&apos;importation — certificat PK {cert}</translation>
    </message>
    <message>
        <source>Importing authority (official, signature and stamp)</source>
        <translation>Autorité d&apos;importation (agent, signature et cachet)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Net weight g</source>
        <translation>Poids net, g</translation>
    </message>
    <message>
        <source>Description of goods</source>
        <translation>Désignation des marchandises</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Montant en lettres</translation>
    </message>
    <message>
        <source>Incoterms</source>
        <translation>Incoterms</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Exporter&apos;s licence</source>
        <translation>Licence de l&apos;exportateur</translation>
    </message>
    <message>
        <source>Exporter&apos;s tax number</source>
        <translation>Numéro fiscal de l&apos;exportateur</translation>
    </message>
    <message>
        <source>Importer&apos;s identifiers</source>
        <translation>Identifiants de l&apos;importateur</translation>
    </message>
    <message>
        <source>Number of packages</source>
        <translation>Nombre de paquets</translation>
    </message>
    <message>
        <source>Total carats</source>
        <translation>Total des carats</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Poids net</translation>
    </message>
    <message>
        <source>Port of export</source>
        <translation>Port d&apos;exportation</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation>Lettre de transport aérien</translation>
    </message>
    <message>
        <source>Goods by origin</source>
        <translation>Marchandises par origine</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Seller (exporter)</source>
        <translation>Vendeur (exportateur)</translation>
    </message>
    <message>
        <source>Buyer (importer)</source>
        <translation>Acheteur (importateur)</translation>
    </message>
    <message>
        <source>KP certificate</source>
        <translation>Certificat PK</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Commercial invoice - rough diamonds</source>
        <translation>Facture commerciale — diamants bruts</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Goods by HS code</source>
        <translation>Marchandises par code SH</translation>
    </message>
    <message>
        <source>For the seller</source>
        <translation>Pour le vendeur</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Pays d&apos;exportation</translation>
    </message>
    <message>
        <source>Annex: goods of foreign origin and their KP certificates</source>
        <translation>Annexe : marchandise d&apos;origine étrangère et ses certificats PK</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Expédié de</translation>
    </message>
    <message>
        <source>Kimberley Process certificate data sheet</source>
        <translation>Fiche de données du certificat du Processus de Kimberley</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Annex: constituent origins</source>
        <translation>Annexe : origines constitutives</translation>
    </message>
    <message>
        <source>% of carats</source>
        <translation>% des carats</translation>
    </message>
    <message>
        <source>Exporting authority</source>
        <translation>Autorité d&apos;exportation</translation>
    </message>
    <message>
        <source>labels: name at least one lot or parcel</source>
        <translation>étiquettes : indiquez au moins un lot ou un colis</translation>
    </message>
    <message>
        <source>parcel {parcel} is void; it has no label</source>
        <translation>le colis {parcel} est annulé ; il n&apos;a pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>PARCEL {number}</source>
        <translation>COLIS {number}</translation>
    </message>
    <message>
        <source>To {destination}, KP {cert}</source>
        <translation>Pour {destination}, PK {cert}</translation>
    </message>
    <message>
        <source>To {destination}, KP (not sealed)</source>
        <translation>Pour {destination}, PK (non scellé)</translation>
    </message>
    <message>
        <source>{ct} ct, {stones}, origin {origin}</source>
        <translation>{ct} ct, {stones}, origine {origin}</translation>
    </message>
    <message>
        <source>no goods packed yet</source>
        <translation>aucune marchandise emballée</translation>
    </message>
    <message>
        <source>Seals {seals}</source>
        <translation>Scellés {seals}</translation>
    </message>
    <message>
        <source>LOT {number}</source>
        <translation>LOT {number}</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Reçu le {day}</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Origin {origin}, mine {mines}</source>
        <translation>Origine {origin}, mine {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, mines {mines}</source>
        <translation>Origine {origin}, mines {mines}</translation>
    </message>
    <message>
        <source>Origin {origin}, from {supplier}</source>
        <translation>Origine {origin}, fournisseur {supplier}</translation>
    </message>
    <message>
        <source>Origin {origin}</source>
        <translation>Origine {origin}</translation>
    </message>
    <message>
        <source>{ct} ct</source>
        <translation>{ct} ct</translation>
    </message>
    <message>
        <source>declared {ct} ct</source>
        <translation>{ct} ct déclarés</translation>
    </message>
    <message>
        <source>{weight}, {n} stone</source>
        <translation>{weight}, {n} pierre</translation>
    </message>
    <message>
        <source>{weight}, {n} stones</source>
        <translation>{weight}, {n} pierres</translation>
    </message>
    <message>
        <source>1 label, {code}</source>
        <translation>1 étiquette, {code}</translation>
    </message>
    <message>
        <source>{n} labels, first {first}, last {last}</source>
        <translation>{n} étiquettes, première {first}, dernière {last}</translation>
    </message>
    <message>
        <source>parcel {parcel} is {status}; documents are printed for sealed parcels</source>
        <translation>le colis {parcel} est {status} ; les documents sont imprimés pour les colis scellés</translation>
    </message>
    <message>
        <source>Value on the certificate</source>
        <translation>Valeur sur le certificat</translation>
    </message>
    <message>
        <source>This parcel&apos;s part of the certificate value</source>
        <translation>Part de ce colis dans la valeur du certificat</translation>
    </message>
    <message>
        <source>Issued / expires</source>
        <translation>Délivré le / expire le</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Codes SH</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Emballé par</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Parcel manifest (packing list)</source>
        <translation>Manifeste du colis (liste de colisage)</translation>
    </message>
    <message>
        <source>Contents by category</source>
        <translation>Contenu par catégorie</translation>
    </message>
    <message>
        <source>Provenance: source lots</source>
        <translation>Provenance : lots d&apos;origine</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Emballeur</translation>
    </message>
    <message>
        <source>Sealer</source>
        <translation>Scelleur</translation>
    </message>
    <message>
        <source>{said}; reason: {reason}</source>
        <translation>{said} ; motif : {reason}</translation>
    </message>
    <message>
        <source>{stones} stones</source>
        <translation>{stones} pierres</translation>
    </message>
    <message>
        <source>lot {lot} is not as its entries recorded it (changed outside sortapp); nothing was printed; an admin checks the database (verify)</source>
        <translation>le lot {lot} n&apos;est pas tel que ses entrées l&apos;ont enregistré (modifié hors de sortapp) ; rien n&apos;a été imprimé ; un administrateur vérifie la base de données (verify)</translation>
    </message>
    <message>
        <source>{name}, {at}; recorded {recorded}</source>
        <translation>{name}, {at} ; saisi le {recorded}</translation>
    </message>
    <message>
        <source>{said}: {ct} ct (was {was} ct)</source>
        <translation>{said} : {ct} ct (auparavant {was} ct)</translation>
    </message>
    <message>
        <source>{said}: {ct} ct, {stones} (was {was} ct, {was_stones})</source>
        <translation>{said} : {ct} ct, {stones} (auparavant {was} ct, {was_stones})</translation>
    </message>
    <message>
        <source>{name}, {at}: {kind} {ct} ct</source>
        <translation>{name}, {at} : {kind} {ct} ct</translation>
    </message>
    <message>
        <source>{name} (1 entry)</source>
        <translation>{name} (1 entrée)</translation>
    </message>
    <message>
        <source>{name} ({n} entries)</source>
        <translation>{name} ({n} entrées)</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role} : {name}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Mines</translation>
    </message>
    <message>
        <source>Declared carats</source>
        <translation>Carats déclarés</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>Weighed carats</source>
        <translation>Carats pesés</translation>
    </message>
    <message>
        <source>not yet weighed</source>
        <translation>pas encore pesé</translation>
    </message>
    <message>
        <source>Weighed on</source>
        <translation>Pesé sur</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Incoming KP certificate</source>
        <translation>Certificat PK entrant</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valeur déclarée</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Weighed by</source>
        <translation>Pesé par</translation>
    </message>
    <message>
        <source>Weighed again by</source>
        <translation>Repesé par</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Reconnu par</translation>
    </message>
    <message>
        <source>Lot receipt</source>
        <translation>Bon de réception du lot</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct</source>
        <translation>{ct} ct ({pct} %), tolérance {tol} ct</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, acknowledged</source>
        <translation>{ct} ct ({pct} %), tolérance {tol} ct, HORS TOLÉRANCE, reconnu</translation>
    </message>
    <message>
        <source>{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, to be acknowledged</source>
        <translation>{ct} ct ({pct} %), tolérance {tol} ct, HORS TOLÉRANCE, à reconnaître</translation>
    </message>
    <message>
        <source>SORTED</source>
        <translation>TRIÉ</translation>
    </message>
    <message>
        <source>Received (weighed)</source>
        <translation>Reçu (pesé)</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Écart de poids</translation>
    </message>
    <message>
        <source>acknowledged by {who}</source>
        <translation>reconnu par {who}</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>{recorded} recorded; {standing} of them sorted goods that stand (losses and corrections are the others)</source>
        <translation>{recorded} enregistrées ; {standing} d&apos;entre elles portent sur de la marchandise triée en vigueur (les autres sont des pertes et des corrections)</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>Trié par</translation>
    </message>
    <message>
        <source>Loss recorded by</source>
        <translation>Perte enregistrée par</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clos par</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>no (difference accepted)</source>
        <translation>non (écart accepté)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Difference accepted by</source>
        <translation>Écart accepté par</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, the lot is still being sorted</source>
        <translation>pas encore : PROVISOIRE, le lot est encore en cours de tri</translation>
    </message>
    <message>
        <source>not yet: PROVISIONAL, its sorting has not started</source>
        <translation>pas encore : PROVISOIRE, son tri n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>Sorting reconciliation report (PROVISIONAL)</source>
        <translation>Rapport de rapprochement du tri (PROVISOIRE)</translation>
    </message>
    <message>
        <source>Sorting reconciliation report</source>
        <translation>Rapport de rapprochement du tri</translation>
    </message>
    <message>
        <source>Sorted by category</source>
        <translation>Trié par catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stones by size class</source>
        <translation>Pierres par classe de grosseur</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>PROVISIONAL</source>
        <translation>PROVISOIRE</translation>
    </message>
    <message>
        <source>awaiting weighing (PROVISIONAL)</source>
        <translation>en attente de pesée (PROVISOIRE)</translation>
    </message>
    <message>
        <source>received, sorting not started (PROVISIONAL)</source>
        <translation>reçu, tri non commencé (PROVISOIRE)</translation>
    </message>
    <message>
        <source>being sorted (PROVISIONAL)</source>
        <translation>en cours de tri (PROVISOIRE)</translation>
    </message>
    <message>
        <source>closed (sorting finished)</source>
        <translation>clos (tri terminé)</translation>
    </message>
    <message>
        <source>Not yet sorted (received - sorted - losses)</source>
        <translation>Pas encore trié (reçu - trié - pertes)</translation>
    </message>
    <message>
        <source>Difference (received - sorted - losses)</source>
        <translation>Écart (reçu - trié - pertes)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>{n} not yet sorted</source>
        <translation>{n} pas encore triées</translation>
    </message>
    <message>
        <source>none: received not counted</source>
        <translation>aucun : non comptées à la réception</translation>
    </message>
    <message>
        <source>none: nothing sorted yet</source>
        <translation>aucun : rien n&apos;est encore trié</translation>
    </message>
    <message>
        <source>none: not every size counted</source>
        <translation>aucun : des classes de grosseur non comptées</translation>
    </message>
    <message>
        <source>Whole lot</source>
        <translation>Lot entier</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Cachet</translation>
    </message>
    <message>
        <source>For the importing authority: stamp</source>
        <translation>Réservé à l&apos;autorité d&apos;importation : cachet</translation>
    </message>
    <message>
        <source>Name, date</source>
        <translation>Nom, date</translation>
    </message>
    <message>
        <source>Valuer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Name, organisation</source>
        <translation>Nom, organisme</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Parcel {number}: exporter&apos;s values by category</source>
        <translation>Colis {number} : valeurs de l&apos;exportateur par catégorie</translation>
    </message>
    <message>
        <source>Parcel {number}: valuations</source>
        <translation>Colis {number} : évaluations</translation>
    </message>
    <message>
        <source>Certificate value</source>
        <translation>Valeur du certificat</translation>
    </message>
    <message>
        <source>Valuation sheet</source>
        <translation>Fiche d&apos;évaluation</translation>
    </message>
    <message>
        <source>Exporter&apos;s valuer</source>
        <translation>Évaluateur de l&apos;exportateur</translation>
    </message>
    <message>
        <source>Government diamond valuer</source>
        <translation>Évaluateur public de diamants</translation>
    </message>
    <message>
        <source>Independent valuer</source>
        <translation>Évaluateur indépendant</translation>
    </message>
    <message>
        <source>label {code}: its barcode needs {need} mm at the narrowest module a scanner reads ({module} mm, {narrowest} dots at {dpi} dpi) and the label has {have} mm; give it a shorter number</source>
        <translation>étiquette {code} : son code-barres demande {need} mm au module le plus étroit qu&apos;un lecteur lit ({module} mm, {narrowest} points à {dpi} dpi) et l&apos;étiquette a {have} mm ; donnez-lui un numéro plus court</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>COPIE {n}</translation>
    </message>
    <message>
        <source>Label stock: {name}</source>
        <translation>Support d&apos;étiquettes : {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title} : {summary}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint} - audit log up to {chain}</source>
        <translation>{named} — empreinte {fingerprint} — journal d&apos;audit jusqu&apos;à {chain}</translation>
    </message>
    <message>
        <source>{named} - fingerprint {fingerprint}</source>
        <translation>{named} — empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>VERSION {n}</source>
        <translation>VERSION {n}</translation>
    </message>
    <message>
        <source>{named} (continued)</source>
        <translation>{named} (suite)</translation>
    </message>
    <message>
        <source>Printed by {name} on {when}</source>
        <translation>Imprimé par {name} le {when}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation>impossible d&apos;écrire {path} : le PDF est sorti vide</translation>
    </message>
    <message>
        <source>barcode: &apos;{text}&apos; must be printable ASCII</source>
        <translation>code-barres : « {text} » doit être en ASCII imprimable</translation>
    </message>
    <message>
        <source>{kind}: name exactly one lot, parcel or certificate</source>
        <translation>{kind} : indiquez exactement un lot, un colis ou un certificat</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a document; use one of {kinds}</source>
        <translation>« {kind} » n&apos;est pas un document ; utilisez l&apos;un de : {kinds}</translation>
    </message>
</context>
</TS>

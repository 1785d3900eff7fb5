<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessRights</name>
    <message>
        <source>The database file %1 is read-only, so nothing can be written to it.</source>
        <extracomment>%1: a file path</extracomment>
        <translation>Le fichier de base de données %1 est en lecture seule : rien ne peut y être écrit.</translation>
    </message>
    <message>
        <source>The snapshot tables are not there or your PostgreSQL role &quot;%1&quot; may not see them (the schema is not initialised, or the role has no USAGE on it).</source>
        <extracomment>%1: a PostgreSQL role name</extracomment>
        <translation>Les tables des instantanés sont absentes ou votre rôle PostgreSQL « %1 » ne peut pas les voir (le schéma n&apos;est pas initialisé, ou le rôle n&apos;a pas le droit USAGE sur lui).</translation>
    </message>
    <message>
        <source>creating a version</source>
        <translation>la création d&apos;une version</translation>
    </message>
    <message>
        <source>a rollback</source>
        <translation>une restauration</translation>
    </message>
    <message>
        <source>a deprecation</source>
        <translation>le marquage comme obsolète</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not insert into %2, which %3 needs.</source>
        <extracomment>%1: a role name, %2: a table name, %3: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Votre rôle PostgreSQL « %1 » n&apos;a pas le droit d&apos;insérer dans %2, ce que %3 exige.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not update %2, which %3 needs.</source>
        <extracomment>%1: a role name, %2: a table&apos;s column, %3: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Votre rôle PostgreSQL « %1 » n&apos;a pas le droit de modifier %2, ce que %3 exige.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not lock rows of reports (SELECT … FOR UPDATE needs an UPDATE privilege on one of its columns), which %2 needs.</source>
        <extracomment>%1: a role name, %2: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Votre rôle PostgreSQL « %1 » n&apos;a pas le droit de verrouiller des lignes de reports (SELECT … FOR UPDATE exige le droit UPDATE sur l&apos;une de ses colonnes), ce que %2 exige.</translation>
    </message>
    <message>
        <source>Reading your database privileges</source>
        <translation>La lecture de vos droits sur la base de données</translation>
    </message>
    <message>
        <source>Reading your database privileges failed: the server gave no answer</source>
        <translation>La lecture de vos droits sur la base de données a échoué : le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>recording a repair</source>
        <translation>l’enregistrement d’une réparation</translation>
    </message>
    <message>
        <source>recording a checksum</source>
        <translation>l&apos;enregistrement d&apos;une somme de contrôle</translation>
    </message>
    <message>
        <source>The role is a member of %1.</source>
        <extracomment>Follows a reason why the PostgreSQL role may not do something; %1: the roles it is a member of</extracomment>
        <translation>Le rôle est membre de %1.</translation>
    </message>
</context>
<context>
    <name>ActingUser</name>
    <message>
        <source>%1 failed: the server did not name the current user</source>
        <extracomment>%1: what was being done (e.g. &quot;Creating a new version of report &quot;r1&quot;&quot;)</extracomment>
        <translation>%1 a échoué : le serveur n&apos;a pas indiqué l&apos;utilisateur courant</translation>
    </message>
    <message>
        <source>%1 failed: user &quot;%2&quot; could not be recorded</source>
        <extracomment>%1: what was being done, %2: a login name</extracomment>
        <translation>%1 a échoué : l&apos;utilisateur « %2 » n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Payload unreadable</source>
        <translation>Contenu illisible</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>Somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>Size mismatch</source>
        <translation>Taille incorrecte</translation>
    </message>
    <message>
        <source>Version missing</source>
        <translation>Version manquante</translation>
    </message>
    <message>
        <source>Version stored twice</source>
        <translation>Version stockée en double</translation>
    </message>
    <message>
        <source>Parent missing</source>
        <translation>Version parente manquante</translation>
    </message>
    <message>
        <source>Wrong parent</source>
        <translation>Version parente incorrecte</translation>
    </message>
    <message>
        <source>Creation not logged</source>
        <translation>Création absente du journal d&apos;activité</translation>
    </message>
    <message>
        <source>No active version</source>
        <translation>Aucune version active</translation>
    </message>
    <message>
        <source>Several active versions</source>
        <translation>Plusieurs versions actives</translation>
    </message>
    <message>
        <source>Active version not as logged</source>
        <translation>Version active non conforme au journal d&apos;activité</translation>
    </message>
    <message>
        <source>Hash chain mismatch</source>
        <translation>Chaîne de hachage incohérente</translation>
    </message>
    <message>
        <source>Hash chain broken</source>
        <translation>Chaîne de hachage rompue</translation>
    </message>
    <message>
        <source>Changed since the anchor</source>
        <translation>Modifiée depuis l&apos;ancre</translation>
    </message>
    <message>
        <source>Gone since the anchor</source>
        <translation>Disparue depuis l&apos;ancre</translation>
    </message>
    <message>
        <source>%1, %2, %3 verified in %4 s</source>
        <translation>%1, %2, %3 vérifiés en %4 s</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1 rapport</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 rapports</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 instantané</translation>
    </message>
    <message>
        <source>%1 snapshots</source>
        <translation>%1 instantanés</translation>
    </message>
    <message>
        <source>%1: no problems</source>
        <extracomment>%1: what was verified (&quot;36 reports, 1,012 snapshots, 198 MB verified in 1.4 s&quot;)</extracomment>
        <translation>%1 : aucun problème</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <extracomment>%1: what was verified, %2: &quot;3 problems&quot;, %3: &quot;2 reports&quot;</extracomment>
        <translation>%1 : %2 dans %3</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>Integrity audit</source>
        <translation>Audit d&apos;intégrité</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Audited as</source>
        <translation>Audité en tant que</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Snapshot Auditor %1</source>
        <translation>Snapshot Auditor %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Éléments vérifiés</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Canonical JSON verified</source>
        <translation>JSON canonique vérifié</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Problèmes par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Expected and found</source>
        <translation>Attendu et constaté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Audited by:</source>
        <translation>Audité par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Could not render the audit report</source>
        <translation>Impossible de générer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <extracomment>%1: a file path, %2: the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Every snapshot&apos;s payload was decoded and its canonical form hashed (SHA-256) against the stored checksum and size, and its link in the report&apos;s hash chain recomputed; every report&apos;s version sequence, parent chain and active version were checked against the activity log.</source>
        <translation>Le contenu de chaque instantané a été décodé et sa forme canonique hachée (SHA-256) puis comparée à la somme de contrôle et à la taille stockées, et son maillon dans la chaîne de hachage du rapport a été recalculé ; la suite des versions, la chaîne des versions parentes et la version active de chaque rapport ont été vérifiées par rapport au journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Altered paths</source>
        <translation>Chemins modifiés</translation>
    </message>
    <message>
        <source>Stored diff wrong</source>
        <translation>Diff stocké erroné</translation>
    </message>
    <message>
        <source>Legacy checksum (partial)</source>
        <translation>Somme de contrôle héritée (partielle)</translation>
    </message>
    <message>
        <source>Repair is not the original</source>
        <translation>La réparation n&apos;est pas l&apos;original</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1: the summary so far, %2: &quot;18 notices&quot; (findings that are not damage)</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>1 notice</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>What could not be verified</source>
        <translation>Ce qui n&apos;a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>Reading the heads of the hash chains</source>
        <translation>La lecture des têtes des chaînes de hachage</translation>
    </message>
    <message>
        <source>not a chain anchor: %1</source>
        <extracomment>%1: why a file is not a chain anchor</extracomment>
        <translation>ce n&apos;est pas une ancre de chaîne : %1</translation>
    </message>
    <message>
        <source>no &quot;reports&quot; object</source>
        <translation>aucun objet « reports »</translation>
    </message>
    <message>
        <source>report &quot;%1&quot; needs a version of at least 1 and a chainHash of 64 hex digits</source>
        <extracomment>%1: a report id</extracomment>
        <translation>le rapport « %1 » doit avoir une version supérieure ou égale à 1 et un chainHash de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>cannot read the anchor %1: %2</source>
        <extracomment>%1: a file name, %2: why it cannot be read</extracomment>
        <translation>impossible de lire l&apos;ancre %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the anchor %1: %2</source>
        <extracomment>%1: a file name, %2: why it cannot be written</extracomment>
        <translation>impossible d&apos;écrire l&apos;ancre %1 : %2</translation>
    </message>
    <message>
        <source>Checking the chain anchor</source>
        <translation>La vérification de l&apos;ancre de chaîne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>no such report</source>
        <translation>rapport inexistant</translation>
    </message>
    <message>
        <source>no such version (the highest is %1)</source>
        <translation>version inexistante (version la plus élevée : %1)</translation>
    </message>
</context>
<context>
    <name>ChainHash</name>
    <message>
        <source>Computing the chain hashes of the stored versions</source>
        <translation>Le calcul des hachages de chaîne des versions stockées</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Comparaison : %1 → %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>≠%1 of them type changes</source>
        <translation>dont ≠%1 changement(s) de type</translation>
    </message>
    <message>
        <source>Some differences were ignored by the comparison options.</source>
        <translation>Certaines différences ont été ignorées en raison des options de comparaison.</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Generated by Snapshot Auditor.</source>
        <translation>Généré par Snapshot Auditor.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>asking %1 for its version</source>
        <extracomment>Followed by &quot; failed: ...&quot;; %1: a database URL</extracomment>
        <translation>La demande de version à %1</translation>
    </message>
    <message>
        <source>checking the connection to %1</source>
        <extracomment>Followed by &quot; failed: ...&quot;; %1: a database URL</extracomment>
        <translation>La vérification de la connexion à %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProvider</name>
    <message>
        <source>Cannot open %1: the Qt SQL driver %2 is not installed (Debian package %3)</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: QSQLITE or QPSQL, %3: a package name</extracomment>
        <translation>Impossible d&apos;ouvrir %1 : le pilote Qt SQL %2 n&apos;est pas installé (paquet Debian %3)</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist</source>
        <translation>Impossible d&apos;ouvrir %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Provide the password through the keychain, a ~/.pgpass (or PGPASSFILE) entry or the password prompt.</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: the driver&apos;s explanation</extracomment>
        <translation>Impossible d&apos;ouvrir %1 : %2. Fournissez le mot de passe via le trousseau du système, une entrée de ~/.pgpass (ou PGPASSFILE) ou l&apos;invite de mot de passe.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>Preparing %1 (%2)</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: an SQL statement</extracomment>
        <translation>La préparation de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed: the connection to %2 was lost (%3). It is re-established on the next attempt.</source>
        <extracomment>%1: what was being done, %2: the database (see &quot;the PostgreSQL database...&quot;), %3: the driver&apos;s explanation</extracomment>
        <translation>%1 a échoué : la connexion à %2 a été perdue (%3). Elle sera rétablie à la prochaine tentative.</translation>
    </message>
    <message>
        <source>the SQLite database %1</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %1: a file path</extracomment>
        <translation>la base de données SQLite %1</translation>
    </message>
    <message>
        <source>the PostgreSQL database &quot;%1&quot; on %2:%3</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %2: host, %3: port</extracomment>
        <translation>la base de données PostgreSQL « %1 » sur %2:%3</translation>
    </message>
    <message>
        <source>the PostgreSQL database &quot;%1&quot; on %2:%3 as %4</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %2: host, %3: port, %4: the user name</extracomment>
        <translation>la base de données PostgreSQL « %1 » sur %2:%3 en tant que %4</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>Invalid database URL: %1</source>
        <extracomment>%1: what is wrong with the URL</extracomment>
        <translation>URL de base de données non valide : %1</translation>
    </message>
    <message>
        <source>it contains a password. Passwords are never accepted in URLs, on command lines or in settings; use the keychain, a ~/.pgpass (or PGPASSFILE) entry, or the password prompt.</source>
        <extracomment>Follows &quot;Invalid database URL: &quot;</extracomment>
        <translation>elle contient un mot de passe. Les mots de passe ne sont jamais acceptés dans les URL, sur la ligne de commande ni dans les paramètres ; utilisez le trousseau du système, une entrée de ~/.pgpass (ou PGPASSFILE) ou l&apos;invite de mot de passe.</translation>
    </message>
    <message>
        <source>no host in &quot;%1&quot; (expected postgresql://user@host:port/database)</source>
        <translation>aucun hôte dans « %1 » (attendu : postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>no database name in &quot;%1&quot; (expected postgresql://user@host:port/database)</source>
        <translation>aucun nom de base de données dans « %1 » (attendu : postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <extracomment>sslmode and its values are keywords of the URL: keep them as they are</extracomment>
        <translation>sslmode « %1 » n&apos;est pas l&apos;une des valeurs disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>sslrootcert must be a file path without &apos;;&apos;</source>
        <translation>sslrootcert doit être un chemin de fichier sans &apos;;&apos;</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; must be a lowercase SQL identifier</source>
        <translation>le schéma « %1 » doit être un identifiant SQL en minuscules</translation>
    </message>
    <message>
        <source>it contains a password parameter. Passwords are never accepted in URLs, on command lines or in settings; use the keychain, a ~/.pgpass (or PGPASSFILE) entry, or the password prompt.</source>
        <translation>elle contient un paramètre de mot de passe. Les mots de passe ne sont jamais acceptés dans les URL, sur la ligne de commande ni dans les paramètres ; utilisez le trousseau du système, une entrée de ~/.pgpass (ou PGPASSFILE) ou l&apos;invite de mot de passe.</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (known: sslmode, sslrootcert, schema)</source>
        <translation>paramètre « %1 » inconnu (paramètres connus : sslmode, sslrootcert, schema)</translation>
    </message>
    <message>
        <source>no file after &quot;sqlite:&quot; (expected sqlite:PATH)</source>
        <translation>aucun fichier après « sqlite: » (attendu : sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither sqlite:PATH nor postgresql://user@host:port/database</source>
        <translation>« %1 » n&apos;est ni de la forme sqlite:CHEMIN ni de la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1: what was being done (e.g. &quot;Dating the demo history&quot;), %2: the database&apos;s explanation</extracomment>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled</source>
        <translation>La création de la base de démonstration a été annulée</translation>
    </message>
    <message>
        <source>Dating the demo history</source>
        <extracomment>Giving the demo&apos;s versions and activity entries their dates and authors</extracomment>
        <translation>La datation de l&apos;historique de démonstration</translation>
    </message>
    <message>
        <source>%1 failed: %2 activity entries for %3 steps</source>
        <extracomment>%1: what was being done, %2 and %3: numbers</extracomment>
        <translation>%1 a échoué : %2 entrées du journal d&apos;activité pour %3 étapes</translation>
    </message>
    <message>
        <source>Preparing the demo database</source>
        <translation>La préparation de la base de démonstration</translation>
    </message>
    <message>
        <source>Finishing the demo database</source>
        <translation>La finalisation de la base de démonstration</translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file</source>
        <translation>%1 existe déjà ; la base de démonstration n&apos;est écrite que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot move the demo database to %1</source>
        <translation>Impossible de déplacer la base de démonstration vers %1</translation>
    </message>
</context>
<context>
    <name>DiffRules</name>
    <message>
        <source>ignored path %1: %2</source>
        <extracomment>%1: a JSON Pointer pattern (&quot;*&quot; matches any member), %2: why it is invalid</extracomment>
        <translation>chemin ignoré %1 : %2</translation>
    </message>
    <message>
        <source>identity key path %1: %2</source>
        <extracomment>%1: a JSON Pointer pattern (&quot;*&quot; matches any member), %2: why it is invalid</extracomment>
        <translation>chemin de clé d&apos;identité %1 : %2</translation>
    </message>
    <message>
        <source>identity key for %1: the member name is empty</source>
        <translation>clé d&apos;identité pour %1 : le nom de membre est vide</translation>
    </message>
</context>
<context>
    <name>DiffStyle</name>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>contains changes</source>
        <translation>contient des modifications</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
</context>
<context>
    <name>HistoryQueries</name>
    <message>
        <source>A page of reports holds 1 to %1 entries from a non-negative offset</source>
        <translation>Une page de rapports contient de 1 à %1 entrées, à partir d&apos;un décalage positif ou nul</translation>
    </message>
    <message>
        <source>A page of activity holds 1 to %1 entries from a non-negative offset</source>
        <translation>Une page du journal d&apos;activité contient de 1 à %1 entrées, à partir d&apos;un décalage positif ou nul</translation>
    </message>
    <message>
        <source>Listing the reports</source>
        <translation>La lecture de la liste des rapports</translation>
    </message>
    <message>
        <source>An &quot;as of&quot; question needs a valid date and time</source>
        <translation>Une recherche de la version active à une date nécessite une date et une heure valides</translation>
    </message>
    <message>
        <source>Finding the version of report &quot;%1&quot; active on %2</source>
        <extracomment>%2: a date and time (ISO 8601, UTC)</extracomment>
        <translation>La recherche de la version du rapport « %1 » active le %2</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Il n&apos;y a aucun rapport « %1 »</translation>
    </message>
    <message>
        <source>Reading the activity log</source>
        <translation>La lecture du journal d&apos;activité</translation>
    </message>
    <message>
        <source>Reading the activity log of report &quot;%1&quot;</source>
        <translation>La lecture du journal d&apos;activité du rapport « %1 »</translation>
    </message>
    <message>
        <source>%1 failed: entry %2 has the unknown action &quot;%3&quot;</source>
        <extracomment>%1: what was being done, %2: the number of an activity log entry, %3: its stored action name</extracomment>
        <translation>%1 a échoué : l&apos;entrée %2 a une action inconnue « %3 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: %2</source>
        <translation>« %1 » n&apos;est pas un pointeur JSON : %2</translation>
    </message>
    <message>
        <source>Tracing %1 through the versions of report &quot;%2&quot;</source>
        <extracomment>%1: a JSON Pointer such as /owner/name</extracomment>
        <translation>Le suivi de %1 au fil des versions du rapport « %2 »</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>%1: what was being done (&quot;Tracing /a/b through the versions of report &quot;r1&quot;&quot;)</extracomment>
        <translation>%1 : opération annulée</translation>
    </message>
    <message>
        <source>%1 failed: verified %2 does not parse (%3)</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %3: the parse error</extracomment>
        <translation>%1 a échoué : bien que vérifiée, la %2 ne peut pas être analysée (%3)</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>Nothing to search for: the text is empty.</source>
        <translation>Rien à rechercher : le texte est vide.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <extracomment>Where a JSON parse error is: a report id and a version number (&quot;r1 v3&quot;)</extracomment>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>HistorySearchPanel</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>IntegrityAudit</name>
    <message>
        <source>snapshot %1 (version %2)</source>
        <extracomment>What an integrity problem expected or found: a snapshot id and its version number</extracomment>
        <translation>instantané %1 (version %2)</translation>
    </message>
    <message>
        <source>one snapshot</source>
        <extracomment>What an integrity check expected: one snapshot per version number</extracomment>
        <translation>un seul instantané</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>What an integrity check found: two snapshot ids</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of version numbers, e.g. &quot;2 to 4&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>next stored version %1</source>
        <extracomment>What an integrity check found after a gap in the version numbers</extracomment>
        <translation>prochaine version stockée : %1</translation>
    </message>
    <message>
        <source>one active version</source>
        <translation>une seule version active</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>What an integrity check found: nothing</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>versions %1</source>
        <extracomment>What an integrity check found: a list of version numbers, e.g. &quot;2, 4&quot;</extracomment>
        <translation>versions %1</translation>
    </message>
    <message>
        <source>a &quot;create&quot; activity entry</source>
        <extracomment>What an integrity check expected: an entry of the activity log; &quot;create&quot; is its action name</extracomment>
        <translation>une entrée « create » du journal d&apos;activité</translation>
    </message>
    <message>
        <source>an earlier version of report &quot;%1&quot;</source>
        <extracomment>What an integrity check expected as the parent of a version</extracomment>
        <translation>une version antérieure du rapport « %1 »</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <extracomment>What an integrity check found: a snapshot id</extracomment>
        <translation>instantané %1</translation>
    </message>
    <message>
        <source>no parent</source>
        <extracomment>What an integrity check expected or found as the parent of a version: none</extracomment>
        <translation>aucun parent</translation>
    </message>
    <message>
        <source>a payload that decodes</source>
        <extracomment>What an integrity check expected of a stored payload</extracomment>
        <translation>un contenu décodable</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>A payload size that an integrity check expected or found</extracomment>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;</source>
        <extracomment>The subject of an integrity problem&apos;s description</extracomment>
        <translation>Rapport « %1 »</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; (snapshot %3)</source>
        <extracomment>The subject of an integrity problem&apos;s description</extracomment>
        <translation>Version %1 du rapport « %2 » (instantané %3)</translation>
    </message>
    <message>
        <source>%1: the stored payload cannot be decoded: %2</source>
        <extracomment>%1: the report or version concerned, %2: why the payload cannot be decoded</extracomment>
        <translation>%1 : le contenu stocké ne peut pas être décodé : %2</translation>
    </message>
    <message>
        <source>%1: the payload hashes to %2, but the stored checksum is %3</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 checksums</extracomment>
        <translation>%1 : la somme de contrôle du contenu est %2, mais la somme de contrôle stockée est %3</translation>
    </message>
    <message>
        <source>%1: the canonical payload has %2, but data_size records %3</source>
        <extracomment>%1: the version concerned, %2 and %3: sizes (&quot;1234 bytes&quot;); data_size is a column: keep it</extracomment>
        <translation>%1 : le contenu canonique fait %2, mais data_size indique %3</translation>
    </message>
    <message>
        <source>%1: %2 is missing (%3)</source>
        <extracomment>%1: the report concerned, %2: &quot;version 3&quot; or &quot;version 3 to 5&quot;, %3: &quot;next stored version 6&quot;</extracomment>
        <translation>%1 : %2 manquante (%3)</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; stores version %2 more than once: %3</source>
        <extracomment>%3: the snapshot ids, &quot;A and B&quot;</extracomment>
        <translation>Le rapport « %1 » stocke la version %2 plusieurs fois : %3</translation>
    </message>
    <message>
        <source>%1: its parent %2 is not an earlier version of this report (expected %3)</source>
        <extracomment>%1: the version concerned, %2: &quot;snapshot ID&quot;, %3: &quot;version 2&quot; or &quot;an earlier version of report ...&quot;</extracomment>
        <translation>%1 : son parent, %2, n&apos;est pas une version antérieure de ce rapport (attendu : %3)</translation>
    </message>
    <message>
        <source>%1: its parent is %2, but the activity log says %3 was active when it was created</source>
        <extracomment>%1: the version concerned, %2 and %3: &quot;snapshot ID (version N)&quot; or &quot;no parent&quot;</extracomment>
        <translation>%1 : son parent (%2) ne correspond pas à la version active lors de sa création d&apos;après le journal d&apos;activité (%3)</translation>
    </message>
    <message>
        <source>%1: the activity log has no &quot;create&quot; entry for it</source>
        <extracomment>%1: the version concerned; &quot;create&quot; is the action name in the activity log</extracomment>
        <translation>%1 : aucune entrée « create » dans le journal d&apos;activité</translation>
    </message>
    <message>
        <source>%1 has no active version</source>
        <translation>%1 : aucune version active</translation>
    </message>
    <message>
        <source>%1 has more than one active version: %2</source>
        <extracomment>%1: the report concerned, %2: &quot;versions 2, 4&quot;</extracomment>
        <translation>%1 : plus d&apos;une version active (%2)</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;: %2 is active, but the activity log&apos;s last create or rollback activated %3</source>
        <extracomment>%2 and %3: &quot;version N&quot;</extracomment>
        <translation>Rapport « %1 » : la %2 est active, mais la dernière création ou restauration du journal d&apos;activité a activé la %3</translation>
    </message>
    <message>
        <source>Verifying report &quot;%1&quot;</source>
        <translation>La vérification du rapport « %1 »</translation>
    </message>
    <message>
        <source>Verifying the database</source>
        <translation>La vérification de la base de données</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Il n&apos;y a aucun rapport « %1 »</translation>
    </message>
    <message>
        <source>%1 was cancelled after %2 of %3 reports</source>
        <extracomment>%1: what was being done (&quot;Verifying the database&quot;)</extracomment>
        <translation>%1 : opération annulée après %2 rapports sur %3</translation>
    </message>
    <message>
        <source>%1: its report, version, checksum, author, creation time and metadata give the chain hash %2, but %3 is stored: one of them was changed after the version was written</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes (or &quot;none&quot;)</extracomment>
        <translation>%1 : le rapport, le numéro de version, la somme de contrôle, l&apos;auteur, la date de création et les métadonnées de cette version donnent le hachage de chaîne %2, mais la valeur stockée diffère (%3) : l&apos;un de ces éléments a été modifié après l&apos;écriture de la version</translation>
    </message>
    <message>
        <source>%1: the chain stops verifying here: this version was chained to its parent&apos;s hash %2, but the parent now stores %3</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes</extracomment>
        <translation>%1 : la chaîne cesse d&apos;être vérifiable ici : cette version a été chaînée au hachage %2 de sa version parente, mais celle-ci stocke désormais %3</translation>
    </message>
    <message>
        <source>%1: the anchor records the chain hash %2, but %3 is stored: the history up to this version was rewritten</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes</extracomment>
        <translation>%1 : l&apos;ancre enregistre le hachage de chaîne %2, mais la valeur stockée diffère (%3) : l&apos;historique jusqu&apos;à cette version a été réécrit</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;: the anchor records %2, but the database has %3</source>
        <extracomment>%1: the report concerned, %2: &quot;version 4&quot;, %3: what is stored instead</extracomment>
        <translation>Rapport « %1 » : l&apos;ancre enregistre la %2, mais dans la base de données : %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>What an integrity check expected or found at a JSON path: the value is absent</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>A JSON Pointer path and the value at it, in a list of paths</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After a list of JSON paths that was cut short</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>a patch that does not apply: %1</source>
        <extracomment>What an integrity check found: the stored diff (an RFC 6902 patch) cannot be applied</extracomment>
        <translation>un patch qui ne s&apos;applique pas : %1</translation>
    </message>
    <message>
        <source>%1: the stored document was altered after it was written; its parent with the stored diff applied gives the original, which hashes to the stored checksum and has %2, where the stored document has %3</source>
        <extracomment>%1: the version concerned, %2 and %3: lists of &quot;JSON path = value&quot;</extracomment>
        <translation>%1 : le document stocké a été modifié après son écriture ; sa version parente avec le diff stocké appliqué donne l&apos;original, dont le hachage correspond à la somme de contrôle stockée et qui contient %2, là où le document stocké contient %3</translation>
    </message>
    <message>
        <source>%1: both payloads verify, but its parent with the patch stored in changes_summary applied gives %3 instead of the version&apos;s checksum %2: the stored diff is wrong</source>
        <extracomment>%1: the version concerned, %2: a SHA-256 checksum, %3: a checksum or why the patch does not apply; changes_summary is a column: keep it</extracomment>
        <translation>%1 : les deux contenus sont vérifiés, mais la version parente avec le patch stocké dans changes_summary appliqué donne %3 au lieu de la somme de contrôle %2 de la version : le diff stocké est erroné</translation>
    </message>
    <message>
        <source>%1 (a repair was recorded on %2 by %3)</source>
        <extracomment>%1: what an integrity check found, %2: when (ISO 8601, UTC), %3: a login</extracomment>
        <translation>%1 (une réparation a été enregistrée le %2 par %3)</translation>
    </message>
    <message>
        <source>%1: the repair recorded for it is not its original: %3 (the stored checksum is %2)</source>
        <extracomment>%1: the version concerned, %2: a SHA-256 checksum, %3: why the repair does not match it</extracomment>
        <translation>%1 : la réparation enregistrée n’est pas son original : %3 (la somme de contrôle enregistrée est %2)</translation>
    </message>
    <message>
        <source>covers %1 of %2 values</source>
        <extracomment>What an integrity check found: how much of a document CCP-04&apos;s checksum covers</extracomment>
        <translation>couvre %1 valeurs sur %2</translation>
    </message>
    <message>
        <source>%1 UTF-16 code units</source>
        <extracomment>A payload size as CCP-04 counted it, in UTF-16 code units</extracomment>
        <translation>%1 unités de code UTF-16</translation>
    </message>
    <message>
        <source>No hash chain: CCP-04 databases have none, so a version removed, re-ordered or back-dated by someone with write access cannot be proven. Upgrading the database starts one.</source>
        <translation>Pas de chaîne de hachage : les bases CCP-04 n&apos;en ont pas, donc une version supprimée, réordonnée ou antidatée par quelqu&apos;un ayant l&apos;accès en écriture ne peut pas être prouvée. La mise à niveau de la base en démarre une.</translation>
    </message>
    <message>
        <source>CCP-04 logged rollbacks only: each version&apos;s creation is taken from its own row, so the parent and the activity log cannot be checked against each other.</source>
        <translation>CCP-04 ne journalisait que les retours arrière : la création de chaque version est déduite de sa propre ligne, donc le parent et le journal d&apos;activité ne peuvent pas être vérifiés l&apos;un par l&apos;autre.</translation>
    </message>
    <message>
        <source>CCP-04&apos;s changes_summary is deep-object-diff output, which drops deletions: stored diffs cannot be checked or used to localise damage.</source>
        <extracomment>changes_summary is a column: keep it</extracomment>
        <translation>Le changes_summary de CCP-04 est une sortie de deep-object-diff, qui perd les suppressions : les diffs stockés ne peuvent être ni vérifiés ni utilisés pour localiser un dommage.</translation>
    </message>
    <message>
        <source>CCP-04 stored times without a time zone; they are read as UTC.</source>
        <translation>CCP-04 stockait les heures sans fuseau horaire ; elles sont lues en UTC.</translation>
    </message>
    <message>
        <source>%1: a CCP-04 legacy checksum, which matches but %2 of the document; the values it leaves out could have changed unnoticed (the RFC 8785 checksum of the document as it is now is %3)</source>
        <extracomment>%1: the version concerned, %2: &quot;covers 14 of 123 values&quot;, %3: a SHA-256 checksum</extracomment>
        <translation>%1 : une somme de contrôle héritée de CCP-04, qui correspond mais ne couvre du document que ceci : %2 ; les valeurs qu&apos;elle omet ont pu changer sans que cela se voie (la somme de contrôle RFC 8785 du document tel qu&apos;il est maintenant est %3)</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>numeric tolerance must be a finite number &gt;= 0</source>
        <translation>la tolérance numérique doit être un nombre fini &gt;= 0</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>documents of 4 GiB or more are not supported</source>
        <translation>les documents de 4 Gio ou plus ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>a byte order mark is not allowed at the start of JSON text (RFC 8259 §8.1)</source>
        <translation>une marque d&apos;ordre des octets (BOM) n&apos;est pas autorisée au début d&apos;un texte JSON (RFC 8259 §8.1)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>%1 inattendu après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>unexpected end of the document</source>
        <translation>fin inattendue du document</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>unexpected end of the document: the %1 is not closed</source>
        <translation>fin inattendue du document : %1 non fermé</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; après le nom de membre</translation>
    </message>
    <message>
        <source>duplicate member name &quot;%1&quot; (I-JSON, RFC 7493 §2.3, requires unique names)</source>
        <translation>nom de membre « %1 » en double (I-JSON, RFC 7493 §2.3, exige des noms uniques)</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>la chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped inside a string</source>
        <translation>le caractère de contrôle U+%1 doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>séquence d&apos;octets UTF-8 non valide (commençant par l&apos;octet 0x%1)</translation>
    </message>
    <message>
        <source>the escape sequence is cut off</source>
        <translation>la séquence d&apos;échappement est tronquée</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1</source>
        <translation>séquence d&apos;échappement non valide \%1</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>lone low surrogate \u%1: not a Unicode character (I-JSON, RFC 7493 §2.1)</source>
        <translation>demi-codet bas isolé \u%1 : ce n&apos;est pas un caractère Unicode (I-JSON, RFC 7493 §2.1)</translation>
    </message>
    <message>
        <source>high surrogate \u%1 is not followed by a low surrogate (I-JSON, RFC 7493 §2.1)</source>
        <translation>le demi-codet haut \u%1 n&apos;est pas suivi d&apos;un demi-codet bas (I-JSON, RFC 7493 §2.1)</translation>
    </message>
    <message>
        <source>a digit must follow the minus sign</source>
        <translation>un chiffre doit suivre le signe moins</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>les nombres ne doivent pas commencer par un zéro non significatif</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>un chiffre doit suivre le point décimal</translation>
    </message>
    <message>
        <source>a digit must follow the exponent marker</source>
        <translation>un chiffre doit suivre le marqueur d&apos;exposant</translation>
    </message>
    <message>
        <source>the number %1 is beyond the range of IEEE-754 double precision</source>
        <translation>le nombre %1 dépasse la plage de la double précision IEEE-754</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>nombre mal formé</translation>
    </message>
    <message>
        <source>the number %1 cannot be stored exactly: as an IEEE-754 double it becomes %2 (I-JSON, RFC 7493 §2.2); accept rounding explicitly to store it rounded</source>
        <translation>le nombre %1 ne peut pas être stocké exactement : en double IEEE-754, il devient %2 (I-JSON, RFC 7493 §2.2) ; acceptez explicitement l&apos;arrondi pour le stocker arrondi</translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation>la fin du document</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <extracomment>What was found in the input: a byte in hexadecimal, e.g. &quot;byte 0x0a&quot;</extracomment>
        <translation>octet 0x%1</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <extracomment>After a position in a JSON text: the JSON Pointer of the value being read there</extracomment>
        <translation>(en %1)</translation>
    </message>
</context>
<context>
    <name>JsonPatch</name>
    <message>
        <source>patch[%1]: %2</source>
        <extracomment>%1: the index of the operation in the JSON Patch array, %2: what is wrong with it</extracomment>
        <translation>patch[%1] : %2</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <extracomment>%1: the name of a member of a JSON Patch operation (&quot;path&quot;, &quot;from&quot;)</extracomment>
        <translation>membre « %1 » manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <extracomment>%1: the name of a member of a JSON Patch operation, %2: a JSON type name (number, object...)</extracomment>
        <translation>« %1 » doit être une chaîne, et non de type %2</translation>
    </message>
    <message>
        <source>the root</source>
        <extracomment>A place in a JSON document: the document itself (where a JSON Pointer is &quot;&quot;)</extracomment>
        <translation>la racine</translation>
    </message>
    <message>
        <source>%1 is not an array index (in the array at %2)</source>
        <translation>%1 n&apos;est pas un indice de tableau (dans le tableau situé à %2)</translation>
    </message>
    <message>
        <source>index %1 is out of range: the array at %2 has %3 elements</source>
        <translation>l&apos;indice %1 est hors limites : le tableau situé à %2 compte %3 éléments</translation>
    </message>
    <message>
        <source>the object at %1 has no member %2</source>
        <translation>l&apos;objet situé à %1 n&apos;a pas de membre %2</translation>
    </message>
    <message>
        <source>%1 is null, which has no member or element %2</source>
        <extracomment>%1: where in the document, %2: a member name or an index</extracomment>
        <translation>%1 vaut null et n&apos;a donc ni membre ni élément %2</translation>
    </message>
    <message>
        <source>%1 is a %2, which has no member or element %3</source>
        <extracomment>%1: where in the document, %2: a JSON type name (number, string, boolean), %3: a member name or an index</extracomment>
        <translation>%1 est de type %2 et n&apos;a donc ni membre ni élément %3</translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation>le document entier ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>a value cannot be moved into one of its own children</source>
        <translation>une valeur ne peut pas être déplacée dans l&apos;un de ses propres enfants</translation>
    </message>
    <message>
        <source>test failed: the value at %1 differs</source>
        <translation>échec du test : la valeur située à %1 est différente</translation>
    </message>
    <message>
        <source>patch[%1] (%2 %3): %4</source>
        <extracomment>%1: the index of the operation in the JSON Patch array, %2: its &quot;op&quot; (add, remove...), %3: its &quot;path&quot;, %4: why it failed</extracomment>
        <translation>patch[%1] (%2 %3) : %4</translation>
    </message>
    <message>
        <source>a JSON Patch must be an array of operations, not %1</source>
        <translation>un JSON Patch doit être un tableau d&apos;opérations, et non de type %1</translation>
    </message>
    <message>
        <source>an operation must be an object, not %1</source>
        <translation>une opération doit être un objet, et non de type %1</translation>
    </message>
    <message>
        <source>missing &quot;op&quot;</source>
        <translation>membre « op » manquant</translation>
    </message>
    <message>
        <source>&quot;op&quot; must be a string, not %1</source>
        <translation>« op » doit être une chaîne, et non de type %1</translation>
    </message>
    <message>
        <source>unknown operation %1 (expected add, remove, replace, move, copy or test)</source>
        <translation>opération %1 inconnue (attendu : add, remove, replace, move, copy ou test)</translation>
    </message>
    <message>
        <source>missing &quot;value&quot; (required by %1)</source>
        <extracomment>%1: a JSON Patch operation (add, replace or test)</extracomment>
        <translation>membre « value » manquant (requis par %1)</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <source>JSON Pointer %1 must be empty or start with &quot;/&quot;</source>
        <translation>Le pointeur JSON %1 doit être vide ou commencer par « / »</translation>
    </message>
    <message>
        <source>JSON Pointer %1: &quot;~&quot; must be followed by &quot;0&quot; or &quot;1&quot; (in reference token %2)</source>
        <translation>Pointeur JSON %1 : « ~ » doit être suivi de « 0 » ou de « 1 » (dans le jeton de référence %2)</translation>
    </message>
    <message>
        <source>the root</source>
        <extracomment>A place in a JSON document: the document itself (where a JSON Pointer is &quot;&quot;)</extracomment>
        <translation>la racine</translation>
    </message>
    <message>
        <source>the object at %1 has no member %2</source>
        <translation>l&apos;objet situé à %1 n&apos;a pas de membre %2</translation>
    </message>
    <message>
        <source>%1 is not an array index (at %2)</source>
        <translation>%1 n&apos;est pas un indice de tableau (à %2)</translation>
    </message>
    <message>
        <source>index %1 is out of range: the array at %2 has %3 elements</source>
        <translation>l&apos;indice %1 est hors limites : le tableau situé à %2 compte %3 éléments</translation>
    </message>
    <message>
        <source>cannot look up %1 in the %2 at %3</source>
        <extracomment>%1: a member name or index, %2: a JSON type name (number, string, boolean, null), %3: where in the document</extracomment>
        <translation>impossible de chercher %1 dans la valeur de type %2 située à %3</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation>{1 membre}</translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation>{%1 membres}</translation>
    </message>
</context>
<context>
    <name>LegacySchema</name>
    <message>
        <source>Preparing to read the CCP-04 database without changing it</source>
        <translation>La préparation de la lecture de la base CCP-04 sans la modifier</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Reading the database schema</source>
        <translation>La lecture du schéma de la base de données</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>La lecture de la version du schéma</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this build of Snapshot Auditor knows versions up to %2: it was written by a newer release. Nothing was changed; open it with that release or a newer one.</source>
        <translation>Cette base de données a un schéma en version %1, mais cette compilation de Snapshot Auditor ne connaît que les versions jusqu&apos;à %2 : la base a été écrite par une version plus récente du programme. Rien n&apos;a été modifié ; ouvrez-la avec cette version du programme ou une version plus récente.</translation>
    </message>
    <message>
        <source>Upgrading the database schema</source>
        <translation>La mise à niveau du schéma de la base de données</translation>
    </message>
    <message>
        <source>Locking the schema for an upgrade</source>
        <translation>Le verrouillage du schéma pour sa mise à niveau</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build</source>
        <extracomment>%1: the name of a schema migration, e.g. 0001_initial</extracomment>
        <translation>La migration %1 est absente de cette compilation</translation>
    </message>
    <message>
        <source>Applying migration %1 (statement %2)</source>
        <translation>L&apos;application de la migration %1 (instruction %2)</translation>
    </message>
    <message>
        <source>Recording migration %1</source>
        <translation>L&apos;enregistrement de la migration %1</translation>
    </message>
    <message>
        <source>This database was written by the CCP-04 snapshot service (it has report_snapshots but no schema_migrations). Snapshot Auditor never changes such a database on its own; an admin can upgrade it explicitly (snapshotctl migrate, or File &gt; Upgrade CCP-04 Database).</source>
        <extracomment>report_snapshots and schema_migrations are names of database tables: keep them as they are</extracomment>
        <translation>Cette base a été écrite par le service de snapshots CCP-04 (elle a report_snapshots mais pas schema_migrations). Snapshot Auditor ne modifie jamais une telle base de lui-même ; un administrateur peut la mettre à niveau explicitement (snapshotctl migrate, ou Fichier &gt; Mettre à niveau la base CCP-04).</translation>
    </message>
    <message>
        <source>The CCP-04 tables are renamed ccp04_report_snapshots, ccp04_activity_logs, ccp04_users and ccp04_reports and kept exactly as they are, as evidence; nothing is deleted.</source>
        <extracomment>Each line: what upgrading a CCP-04 database does; table names stay as they are</extracomment>
        <translation>Les tables CCP-04 sont renommées ccp04_report_snapshots, ccp04_activity_logs, ccp04_users et ccp04_reports et conservées exactement telles quelles, comme preuve ; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>New tables with Snapshot Auditor&apos;s schema get a copy of every row: payloads, checksums, versions, authors, times and active flags as they were. CCP-04&apos;s times have no time zone and are taken as UTC.</source>
        <translation>De nouvelles tables au schéma de Snapshot Auditor reçoivent une copie de chaque ligne : contenus, sommes de contrôle, versions, auteurs, heures et indicateurs actifs tels quels. Les heures de CCP-04 n&apos;ont pas de fuseau horaire et sont prises en UTC.</translation>
    </message>
    <message>
        <source>The activity log gets CCP-04&apos;s rollbacks and, for each version, its creation derived from the version&apos;s row (CCP-04 did not log creations).</source>
        <translation>Le journal d&apos;activité reçoit les retours arrière de CCP-04 et, pour chaque version, sa création déduite de la ligne de la version (CCP-04 ne journalisait pas les créations).</translation>
    </message>
    <message>
        <source>The database then enforces the rules: snapshots and the activity log can no longer be changed or deleted, and a report has at most one active version.</source>
        <translation>La base applique ensuite les règles : les snapshots et le journal d&apos;activité ne peuvent plus être modifiés ni supprimés, et un rapport a au plus une version active.</translation>
    </message>
    <message>
        <source>A hash chain is computed over every version, so that later changes to the history can be proven.</source>
        <translation>Une chaîne de hachage est calculée sur chaque version, afin que toute modification ultérieure de l&apos;historique puisse être prouvée.</translation>
    </message>
    <message>
        <source>CCP-04&apos;s checksums stay as they are; an admin can record a full checksum beside each one.</source>
        <translation>Les sommes de contrôle de CCP-04 restent telles quelles ; un administrateur peut enregistrer une somme complète à côté de chacune.</translation>
    </message>
    <message>
        <source>All of it happens in one transaction: if any step fails, the database is left as it was.</source>
        <translation>Tout se fait en une transaction : si une étape échoue, la base reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>This database has no CCP-04 tables: there is nothing to upgrade</source>
        <translation>Cette base n&apos;a pas de tables CCP-04 : il n&apos;y a rien à mettre à niveau</translation>
    </message>
    <message>
        <source>This database already has Snapshot Auditor&apos;s schema (version %1), not CCP-04&apos;s: there is nothing to upgrade from CCP-04</source>
        <extracomment>%1: a schema version number</extracomment>
        <translation>Cette base a déjà le schéma de Snapshot Auditor (version %1), pas celui de CCP-04 : il n&apos;y a rien à mettre à niveau depuis CCP-04</translation>
    </message>
    <message>
        <source>Checking the CCP-04 tables before the upgrade</source>
        <translation>La vérification des tables CCP-04 avant la mise à niveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (versions %2)</source>
        <extracomment>%1: a report id, %2: version numbers (&quot;5, 6&quot;)</extracomment>
        <translation>« %1 » (versions %2)</translation>
    </message>
    <message>
        <source>These reports have more than one active version, which CCP-04 allowed and Snapshot Auditor refuses: %1. Leave one active version per report (is_active in the CCP-04 table report_snapshots), then upgrade. Nothing was changed.</source>
        <extracomment>%1: a list of reports with their active versions</extracomment>
        <translation>Ces rapports ont plus d&apos;une version active, ce que CCP-04 permettait et que Snapshot Auditor refuse : %1. Laissez une seule version active par rapport (is_active dans la table CCP-04 report_snapshots), puis mettez à niveau. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>This SQLite database has report_snapshots but no schema_migrations table. CCP-04 databases are PostgreSQL ones; this file is neither a CCP-04 nor a Snapshot Auditor database, and was left as it is.</source>
        <extracomment>report_snapshots and schema_migrations are names of database tables: keep them as they are</extracomment>
        <translation>Cette base SQLite a report_snapshots mais pas de table schema_migrations. Les bases CCP-04 sont des bases PostgreSQL ; ce fichier n&apos;est ni une base CCP-04 ni une base Snapshot Auditor, et il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>PayloadCheck</name>
    <message>
        <source>zlib could not be initialised</source>
        <translation>impossible d&apos;initialiser zlib</translation>
    </message>
    <message>
        <source>the zlib stream is cut short</source>
        <translation>le flux zlib est tronqué</translation>
    </message>
    <message>
        <source>the zlib stream is broken (%1)</source>
        <translation>le flux zlib est corrompu (%1)</translation>
    </message>
    <message>
        <source>the zlib stream is followed by stray bytes</source>
        <translation>le flux zlib est suivi d&apos;octets parasites</translation>
    </message>
    <message>
        <source>the stored document does not parse: %1</source>
        <translation>le document stocké ne peut pas être analysé : %1</translation>
    </message>
    <message>
        <source>the stored checksum is %1 but the data hashes to %2</source>
        <translation>la somme de contrôle stockée est %1, mais celle des données est %2</translation>
    </message>
    <message>
        <source>its canonical form has %1 bytes, but data_size records %2</source>
        <extracomment>data_size is a column of the database: keep it as it is</extracomment>
        <translation>sa forme canonique fait %1 octets, mais data_size indique %2</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; (snapshot %3) failed its integrity check: %4. The stored data was changed outside Snapshot Auditor and cannot be trusted.</source>
        <extracomment>%4: what is wrong with the stored data (a lowercase phrase)</extracomment>
        <translation>La version %1 du rapport « %2 » (instantané %3) a échoué à la vérification d&apos;intégrité : %4. Les données stockées ont été modifiées en dehors de Snapshot Auditor et ne sont pas fiables.</translation>
    </message>
    <message>
        <source>its recorded repair cannot be decoded: %1</source>
        <extracomment>%1: why a payload cannot be decoded</extracomment>
        <translation>sa réparation enregistrée ne peut pas être décodée : %1</translation>
    </message>
    <message>
        <source>its recorded repair hashes to %1, not to the stored checksum</source>
        <extracomment>%1: a SHA-256 checksum</extracomment>
        <translation>sa réparation enregistrée donne le hachage %1, pas la somme de contrôle enregistrée</translation>
    </message>
    <message>
        <source>the checksum recorded for it on %1 by %2 is %3 but the data hashes to %4</source>
        <extracomment>%1: a date and time, %2: who, %3 and %4: SHA-256 checksums</extracomment>
        <translation>la somme de contrôle enregistrée le %1 par %2 est %3, mais celle des données est %4</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>%1 failed: snapshot %2 vanished while it was read</source>
        <extracomment>%1: what was being done (e.g. &quot;Reading version 3 of report &quot;r1&quot;&quot;), %2: a snapshot id</extracomment>
        <translation>%1 a échoué : l&apos;instantané %2 a disparu pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Version Active As Of</source>
        <translation>Version active à une date</translation>
    </message>
    <message>
        <source>Show the version of %1 that was active at:</source>
        <translation>Afficher la version de %1 qui était active à cette date :</translation>
    </message>
    <message>
        <source>Upgrade CCP-04 Database</source>
        <translation>Mettre à niveau la base CCP-04</translation>
    </message>
    <message>
        <source>Upgrade %1 to Snapshot Auditor&apos;s schema?</source>
        <translation>Mettre %1 au schéma de Snapshot Auditor ?</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
</context>
<context>
    <name>RoleSql</name>
    <message>
        <source>The role prefix &quot;%1&quot; is not a plain lower-case SQL name (letters a-z, digits and _, not starting with a digit, at most %2 characters)</source>
        <extracomment>%1: what the user gave, %2: a number</extracomment>
        <translation>Le préfixe de rôle « %1 » n&apos;est pas un nom SQL simple en minuscules (lettres a-z, chiffres et _, sans chiffre au début, %2 caractères au plus)</translation>
    </message>
    <message>
        <source>The schema name must not be empty</source>
        <translation>Le nom du schéma ne doit pas être vide</translation>
    </message>
    <message>
        <source>Only PostgreSQL databases have roles</source>
        <translation>Seules les bases PostgreSQL ont des rôles</translation>
    </message>
    <message>
        <source>Setting up the roles of schema &quot;%1&quot;</source>
        <translation>La mise en place des rôles du schéma « %1 »</translation>
    </message>
</context>
<context>
    <name>SnapshotAdmin</name>
    <message>
        <source>A rollback needs a reason: say why, for the activity log</source>
        <translation>Une restauration nécessite un motif : indiquez pourquoi, pour le journal d&apos;activité</translation>
    </message>
    <message>
        <source>A deprecation needs a reason: say why, for the activity log</source>
        <translation>Un marquage comme obsolète nécessite un motif : indiquez pourquoi, pour le journal d&apos;activité</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Il n&apos;y a aucun rapport « %1 »</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no version %2 (its versions go up to %3)</source>
        <translation>Le rapport « %1 » n&apos;a pas de version %2 (ses versions vont jusqu&apos;à %3)</translation>
    </message>
    <message>
        <source>%1 failed: snapshot %2 vanished while it was read</source>
        <translation>%1 a échoué : l&apos;instantané %2 a disparu pendant sa lecture</translation>
    </message>
    <message>
        <source>Planning the rollback of report &quot;%1&quot; to version %2</source>
        <translation>La planification de la restauration de la version %2 du rapport « %1 »</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no active version to roll back from</source>
        <translation>Le rapport « %1 » n&apos;a aucune version active à partir de laquelle restaurer</translation>
    </message>
    <message>
        <source>Version %1 is already the active version of report &quot;%2&quot;: there is nothing to roll back</source>
        <translation>La version %1 est déjà la version active du rapport « %2 » : il n&apos;y a rien à restaurer</translation>
    </message>
    <message>
        <source>%1 failed: verified %2 does not parse (%3)</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %3: the parse error</extracomment>
        <translation>%1 a échoué : bien que vérifiée, la %2 ne peut pas être analysée (%3)</translation>
    </message>
    <message>
        <source>Rolling back report &quot;%1&quot; to version %2</source>
        <translation>La restauration de la version %2 du rapport « %1 »</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; changed meanwhile: expected active version %2, actual %3. Review the report again before rolling back.</source>
        <translation>Le rapport « %1 » a été modifié entre-temps : version active attendue %2, version active réelle %3. Examinez de nouveau le rapport avant de restaurer une version.</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was deprecated on %3 (&quot;%4&quot;); confirm explicitly to roll back to a deprecated version</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: the reason given for the deprecation</extracomment>
        <translation>La version %1 du rapport « %2 » a été marquée comme obsolète le %3 (« %4 ») ; confirmez explicitement pour revenir à une version obsolète</translation>
    </message>
    <message>
        <source>Deprecating version %1 of report &quot;%2&quot;</source>
        <translation>Le marquage de la version %1 du rapport « %2 » comme obsolète</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was already deprecated on %3 (&quot;%4&quot;); a deprecation is set once and never changed</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: the reason given for the deprecation</extracomment>
        <translation>La version %1 du rapport « %2 » a déjà été marquée comme obsolète le %3 (« %4 ») ; ce marquage est défini une seule fois et ne change jamais</translation>
    </message>
    <message>
        <source>Version %1 is the active version of report &quot;%2&quot; and cannot be deprecated: roll back to another version first, then deprecate this one</source>
        <translation>La version %1 est la version active du rapport « %2 » et ne peut pas être marquée comme obsolète : revenez d&apos;abord à une autre version, puis marquez celle-ci comme obsolète</translation>
    </message>
    <message>
        <source>A repair needs a reason: say why, for the activity log</source>
        <translation>Une réparation nécessite un motif : indiquez pourquoi, pour le journal d’activité</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters</source>
        <extracomment>%1: a number of characters</extracomment>
        <translation>Un motif comporte au plus %1 caractères</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was already repaired on %3 by %4 (&quot;%5&quot;); a repair is recorded once and never changed</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: a login, %5: the reason given for the repair</extracomment>
        <translation>La version %1 du rapport « %2 » a déjà été réparée le %3 par %4 (« %5 ») ; une réparation est enregistrée une fois et jamais modifiée</translation>
    </message>
    <message>
        <source>The payload of %1 verifies: there is nothing to repair</source>
        <extracomment>%1: e.g. &quot;version 3 of report &quot;r1&quot;&quot;</extracomment>
        <translation>Le contenu de %1 est vérifié : il n’y a rien à réparer</translation>
    </message>
    <message>
        <source>The original of %1 cannot be proven, so it cannot be repaired: %2</source>
        <extracomment>%1: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %2: why (a lowercase phrase)</extracomment>
        <translation>L’original de %1 ne peut pas être prouvé, il ne peut donc pas être réparé : %2</translation>
    </message>
    <message>
        <source>its stored payload does not decode (%1), so the altered paths cannot be named</source>
        <extracomment>%1: why a payload cannot be decoded</extracomment>
        <translation>son contenu enregistré ne se décode pas (%1), les chemins modifiés ne peuvent donc pas être nommés</translation>
    </message>
    <message>
        <source>it is a first version, with no parent to prove it from</source>
        <translation>c’est une première version, sans parent à partir duquel la prouver</translation>
    </message>
    <message>
        <source>its parent, version %1, fails its own integrity check (%2)</source>
        <extracomment>%1: a version number, %2: the parent&apos;s own integrity error</extracomment>
        <translation>son parent, la version %1, échoue à son propre contrôle d’intégrité (%2)</translation>
    </message>
    <message>
        <source>it has no stored diff from its parent (changes_summary with a patch)</source>
        <extracomment>changes_summary is a column: keep it</extracomment>
        <translation>elle n’a pas de diff enregistré depuis son parent (changes_summary avec un patch)</translation>
    </message>
    <message>
        <source>%1 failed: a decoded payload of %2 or its parent does not parse</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;</extracomment>
        <translation>%1 a échoué : un contenu décodé de %2 ou de son parent ne s’analyse pas</translation>
    </message>
    <message>
        <source>Planning the repair of version %1 of report &quot;%2&quot;</source>
        <translation>Planification de la réparation de la version %1 du rapport « %2 »</translation>
    </message>
    <message>
        <source>Repairing version %1 of report &quot;%2&quot;</source>
        <translation>Réparation de la version %1 du rapport « %2 »</translation>
    </message>
    <message>
        <source>Recording a checksum needs a reason: say why the document is accepted as it is, for the activity log</source>
        <translation>L&apos;enregistrement d&apos;une somme de contrôle demande une raison : indiquez, pour le journal d&apos;activité, pourquoi le document est accepté tel quel</translation>
    </message>
    <message>
        <source>Recording the checksum of version %1 of report &quot;%2&quot;</source>
        <translation>L&apos;enregistrement de la somme de contrôle de la version %1 du rapport « %2 »</translation>
    </message>
    <message>
        <source>The checksum of version %1 of report &quot;%2&quot; was recorded on %3 by %4 already; a recorded checksum is never replaced</source>
        <extracomment>%3: a date and time, %4: who</extracomment>
        <translation>La somme de contrôle de la version %1 du rapport « %2 » a déjà été enregistrée le %3 par %4 ; une somme enregistrée n&apos;est jamais remplacée</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; has an RFC 8785 checksum of its own: only versions that CCP-04&apos;s legacy checksum vouches for need one recorded</source>
        <translation>La version %1 du rapport « %2 » a sa propre somme de contrôle RFC 8785 : seules les versions que seule la somme héritée de CCP-04 garantit en ont besoin d&apos;une enregistrée</translation>
    </message>
</context>
<context>
    <name>SnapshotMetadata</name>
    <message>
        <source>Invalid snapshot metadata: %1</source>
        <extracomment>%1: what is wrong with the metadata</extracomment>
        <translation>Métadonnées d&apos;instantané non valides : %1</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of %2</source>
        <extracomment>&quot;source&quot; is a metadata field name; %2: the allowed values (api, manual, ...)</extracomment>
        <translation>source « %1 » n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <extracomment>&quot;confidence&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>confidence %1 n&apos;est pas comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>retrievedAt is not a date of the common era</source>
        <extracomment>&quot;retrievedAt&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>retrievedAt n&apos;est pas une date de l&apos;ère commune</translation>
    </message>
    <message>
        <source>processingTime must be a non-negative number of milliseconds</source>
        <extracomment>&quot;processingTime&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>processingTime doit être un nombre positif ou nul de millisecondes</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>A report id has 1 to %1 characters and no NUL character</source>
        <translation>Un identifiant de rapport comporte de 1 à %1 caractères et aucun caractère NUL</translation>
    </message>
    <message>
        <source>Reading version %1 of report &quot;%2&quot;</source>
        <translation>La lecture de la version %1 du rapport « %2 »</translation>
    </message>
    <message>
        <source>Reading the active version of report &quot;%1&quot;</source>
        <translation>La lecture de la version active du rapport « %1 »</translation>
    </message>
    <message>
        <source>the active version</source>
        <extracomment>Where a JSON parse error is: in the stored active version of a report</extracomment>
        <translation>la version active</translation>
    </message>
    <message>
        <source>the document for report &quot;%1&quot;</source>
        <extracomment>Where a JSON parse error is: in the document given for a new version of a report</extracomment>
        <translation>le document du rapport « %1 »</translation>
    </message>
    <message>
        <source>Creating a new version of report &quot;%1&quot;</source>
        <translation>La création d&apos;une nouvelle version du rapport « %1 »</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; changed meanwhile: expected active version %2, actual %3. Reload it and apply the change again.</source>
        <translation>Le rapport « %1 » a été modifié entre-temps : version active attendue %2, version active réelle %3. Rechargez-le et appliquez de nouveau la modification.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Il n&apos;y a aucun rapport « %1 »</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no version %2 (it has %3 versions)</source>
        <translation>Le rapport « %1 » n&apos;a pas de version %2 (il compte %3 versions)</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no active version</source>
        <translation>Le rapport « %1 » n&apos;a aucune version active</translation>
    </message>
    <message>
        <source>A history page holds 1 to %1 versions from a non-negative offset</source>
        <translation>Une page d&apos;historique contient de 1 à %1 versions, à partir d&apos;un décalage positif ou nul</translation>
    </message>
    <message>
        <source>Reading the history of report &quot;%1&quot;</source>
        <translation>La lecture de l&apos;historique du rapport « %1 »</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>%1 was refused: %2</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 : opération refusée : %2</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database was lost (%2)</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 a échoué : la connexion à la base de données a été perdue (%2)</translation>
    </message>
    <message>
        <source>%1 failed: the database is busy (%2); try again</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 a échoué : la base de données est occupée (%2) ; réessayez</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1: what was being done (e.g. &quot;Reading version 3 of report &quot;r1&quot;&quot;), %2: the database&apos;s explanation</extracomment>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 was refused: your database role lacks the privilege (%2)</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation (e.g. &quot;permission denied for table reports&quot;)</extracomment>
        <translation>%1 : opération refusée : votre rôle dans la base de données n&apos;a pas ce droit (%2)</translation>
    </message>
</context>
<context>
    <name>StoreQuery</name>
    <message>
        <source>version %1 of report &quot;%2&quot;</source>
        <extracomment>Part of a message such as &quot;Reading ... failed: verified version 3 of report &quot;r1&quot; does not parse&quot;</extracomment>
        <translation>version %1 du rapport « %2 »</translation>
    </message>
</context>
<context>
    <name>StoredDiff</name>
    <message>
        <source>the stored diff does not apply to the parent: %1</source>
        <extracomment>%1: why an RFC 6902 patch cannot be applied</extracomment>
        <translation>le diff enregistré ne s’applique pas au parent : %1</translation>
    </message>
    <message>
        <source>the parent with the stored diff applied hashes to %1, not to the stored checksum</source>
        <extracomment>%1: a SHA-256 checksum</extracomment>
        <translation>le parent avec le diff enregistré appliqué donne le hachage %1, pas la somme de contrôle enregistrée</translation>
    </message>
</context>
<context>
    <name>VersionActionDialog</name>
    <message>
        <source>v%1 (%2, by %3)</source>
        <translation>v%1 (%2, par %3)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Valeur stockée</translation>
    </message>
    <message>
        <source>Proven original</source>
        <translation>Original prouvé</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One altered path of a repair: %1 the JSON Pointer, %2 the stored value, %3 the proven original</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, compare, verify and roll back versioned JSON snapshots.</source>
        <translation>Parcourir, comparer, vérifier et restaurer des instantanés JSON versionnés.</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URL to open.</source>
        <translation>Un fichier SQLite ou une URL postgresql:// à ouvrir.</translation>
    </message>
    <message>
        <source>Open the demo database (created on first use).</source>
        <translation>Ouvrir la base de démonstration (créée à la première utilisation).</translation>
    </message>
</context>
<context>
    <name>sa::ui::ActivityModel</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>marquée obsolète</translation>
    </message>
    <message>
        <source>v%1 → v%2</source>
        <translation>v%1 → v%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>réparé</translation>
    </message>
    <message>
        <source>checksum recorded</source>
        <translation>somme enregistrée</translation>
    </message>
</context>
<context>
    <name>sa::ui::ActivityPanel</name>
    <message>
        <source>Only the report shown</source>
        <translation>Uniquement le rapport affiché</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>&amp;Start Audit</source>
        <translation>&amp;Lancer l&apos;audit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Check every snapshot&apos;s checksum and size, and every report&apos;s versions, parents and active version (Ctrl+Shift+A)</source>
        <translation>Vérifier la somme de contrôle et la taille de chaque instantané, ainsi que les versions, les versions parentes et la version active de chaque rapport (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Save the last audit as PDF (to sign), HTML, CSV or JSON</source>
        <translation>Enregistrer le dernier audit en PDF (à signer), HTML, CSV ou JSON</translation>
    </message>
    <message>
        <source>All kinds of problem</source>
        <translation>Tous les types de problème</translation>
    </message>
    <message>
        <source>Show only one kind of problem</source>
        <translation>N&apos;afficher qu&apos;un seul type de problème</translation>
    </message>
    <message>
        <source>%v of %m reports</source>
        <translation>%v rapports sur %m</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>Audit de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A filter entry: %1 the kind of problem (&quot;Checksum mismatch&quot;), %2 its code, %3 how many were found</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <extracomment>%1: throughput (&quot;12.5 MB/s&quot;), %2: time left (&quot;3 s&quot;, &quot;2 min 5 s&quot;)</extracomment>
        <translation>%1 · encore %2 environ</translation>
    </message>
    <message>
        <source>Audit cancelled; %1 found until then.</source>
        <extracomment>%1: the number of problems found before the audit was cancelled</extracomment>
        <translation>Audit annulé ; problèmes trouvés jusque-là : %1.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>L&apos;audit a échoué : %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>%1. Saved as %2.</source>
        <translation>%1. Enregistré sous %2.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Checks every snapshot of the database against its SHA-256 checksum, its size and its link in the report&apos;s hash chain, and every report&apos;s version sequence, parent chain and active version against the activity log.</source>
        <translation>Vérifie chaque instantané de la base par rapport à sa somme de contrôle SHA-256, à sa taille et à son maillon dans la chaîne de hachage du rapport, ainsi que la suite des versions, la chaîne des versions parentes et la version active de chaque rapport par rapport au journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affich&amp;er :</translation>
    </message>
    <message>
        <source>Record &amp;Repair…</source>
        <translation>Enregistrer une &amp;réparation…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Select a CHECKSUM_MISMATCH or TAMPERED_PATHS problem first</source>
        <translation>Sélectionnez d&apos;abord un problème CHECKSUM_MISMATCH ou TAMPERED_PATHS</translation>
    </message>
    <message>
        <source>Only a version whose payload fails its checksum (CHECKSUM_MISMATCH, TAMPERED_PATHS) can be repaired</source>
        <translation>Seule une version dont le contenu ne correspond pas à sa somme de contrôle (CHECKSUM_MISMATCH, TAMPERED_PATHS) peut être réparée</translation>
    </message>
    <message>
        <source>A repair of this version is recorded already</source>
        <translation>Une réparation de cette version est déjà enregistrée</translation>
    </message>
    <message>
        <source>Prove the selected version&apos;s original from its parent and its stored changes, and record it as the version&apos;s repair</source>
        <translation>Prouver l&apos;original de la version sélectionnée à partir de sa version parente et de ses modifications stockées, et l&apos;enregistrer comme réparation de la version</translation>
    </message>
    <message>
        <source>The repair of %1 v%2 is recorded. Start the audit again to check the database as it is now.</source>
        <translation>La réparation de %1 v%2 est enregistrée. Relancez l&apos;audit pour vérifier la base de données dans son état actuel.</translation>
    </message>
    <message>
        <source>Not verifiable on this database:</source>
        <translation>Non vérifiable sur cette base :</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>%1 (repair recorded)</source>
        <extracomment>%1: the kind of problem (&quot;Checksum mismatch&quot;) of a version repaired after the audit</extracomment>
        <translation>%1 (réparation enregistrée)</translation>
    </message>
    <message>
        <source>A repair of this version was recorded after the audit.</source>
        <translation>Une réparation de cette version a été enregistrée après l&apos;audit.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ChangeOverview</name>
    <message>
        <source>Changes in the whole document: click a mark to go there</source>
        <translation>Modifications dans l&apos;ensemble du document : cliquez sur une marque pour vous y rendre</translation>
    </message>
</context>
<context>
    <name>sa::ui::CompareView</name>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Expand all changes</source>
        <translation>Déplier toutes les modifications</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Modifications uniquement</translation>
    </message>
    <message>
        <source>Hide the rows that did not change</source>
        <translation>Masquer les lignes inchangées</translation>
    </message>
    <message>
        <source>Export as JSON Patch…</source>
        <translation>Exporter en JSON Patch…</translation>
    </message>
    <message>
        <source>Export JSON Patch</source>
        <translation>Exporter en JSON Patch</translation>
    </message>
    <message>
        <source>JSON Patch (*.json-patch *.json)</source>
        <translation>JSON Patch (*.json-patch *.json)</translation>
    </message>
    <message>
        <source>Export as HTML report…</source>
        <translation>Exporter en rapport HTML…</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Exporter en rapport HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop comparing and keep the comparison shown before</source>
        <translation>Arrêter la comparaison et conserver celle affichée auparavant</translation>
    </message>
    <message>
        <source>Select a row to see its JSON Pointer</source>
        <translation>Sélectionnez une ligne pour voir son pointeur JSON</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>The two versions are identical</source>
        <translation>Les deux versions sont identiques</translation>
    </message>
    <message>
        <source>+%1 added</source>
        <translation>+%1 ajout(s)</translation>
    </message>
    <message>
        <source>~%1 modified</source>
        <translation>~%1 modification(s)</translation>
    </message>
    <message>
        <source>−%1 deleted</source>
        <translation>−%1 suppression(s)</translation>
    </message>
    <message>
        <source>↔%1 moved</source>
        <translation>↔%1 déplacement(s)</translation>
    </message>
    <message>
        <source>≠%1 of them type changes</source>
        <translation>dont ≠%1 changement(s) de type</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <source>wrapped to the first</source>
        <translation>retour à la première</translation>
    </message>
    <message>
        <source>wrapped to the last</source>
        <translation>retour à la dernière</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the database was lost.&lt;/b&gt; Reconnecting automatically… Your place is kept. (%1)</source>
        <translation>&lt;b&gt;La connexion à la base de données a été perdue.&lt;/b&gt; Reconnexion automatique… Votre position est conservée. (%1)</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Open &amp;read-only (auditing: nothing can be changed)</source>
        <translation>Ouvrir en &amp;lecture seule (audit : aucune modification possible)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Connexion à PostgreSQL</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>role name (default: your login)</source>
        <translation>nom du rôle (par défaut : votre identifiant)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and host name against the CA file</source>
        <translation>verify-full vérifie le certificat et le nom d&apos;hôte du serveur à l&apos;aide du fichier CA</translation>
    </message>
    <message>
        <source>CA certificate for verify-ca / verify-full</source>
        <translation>certificat CA pour verify-ca / verify-full</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>&amp;Enregistrer comme profil…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected as %1: %2</source>
        <translation>Connecté en tant que %1 : %2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The password will be asked for each time and is never written to a file.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (%1). Le mot de passe sera demandé à chaque fois et n&apos;est jamais écrit dans un fichier.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DatabaseSession</name>
    <message>
        <source>Auditing the database</source>
        <translation>L&apos;audit de la base de données</translation>
    </message>
    <message>
        <source>This CCP-04 database is open read-only: Snapshot Auditor changes it only after an admin upgrades it</source>
        <translation>Cette base CCP-04 est ouverte en lecture seule : Snapshot Auditor ne la modifie qu&apos;après sa mise à niveau par un administrateur</translation>
    </message>
    <message>
        <source>The database is open read-only (auditing)</source>
        <translation>La base de données est ouverte en lecture seule (audit)</translation>
    </message>
</context>
<context>
    <name>sa::ui::DiffTreeModel</name>
    <message>
        <source>%1 · unchanged</source>
        <translation>%1 · inchangé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>sa::ui::HistoryModel</name>
    <message>
        <source>SHA-256 of the canonical JSON: %1</source>
        <translation>SHA-256 du JSON canonique : %1</translation>
    </message>
    <message>
        <source>Deprecated %1: %2</source>
        <translation>Marquée obsolète le %1 : %2</translation>
    </message>
    <message>
        <source>Since the version it was made from: %1 added, %2 modified, %3 deleted, %4 moved</source>
        <translation>Depuis la version dont elle est issue : %1 ajout(s), %2 modification(s), %3 suppression(s), %4 déplacement(s)</translation>
    </message>
    <message>
        <source>● active</source>
        <translation>● active</translation>
    </message>
    <message>
        <source>⊘ deprecated</source>
        <translation>⊘ obsolète</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>première version</translation>
    </message>
</context>
<context>
    <name>sa::ui::HistorySearchPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Step through on the time line</source>
        <translation>Parcourir sur la frise chronologique</translation>
    </message>
    <message>
        <source>Versions where the field changed</source>
        <translation>Versions où le champ a changé</translation>
    </message>
    <message>
        <source>Versions that added or removed the text</source>
        <translation>Versions ayant ajouté ou supprimé le texte</translation>
    </message>
    <message>
        <source>JSON Pointer, e.g. /owners/0/name</source>
        <translation>Pointeur JSON, p. ex. /owners/0/name</translation>
    </message>
    <message>
        <source>The time-line slider then stops only at the versions found</source>
        <translation>Le curseur de la frise chronologique ne s&apos;arrête alors qu&apos;aux versions trouvées</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Text, e.g. Coastal</source>
        <translation>Texte, p. ex. Coastal</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Searching the history of %1…</source>
        <translation>Recherche dans l&apos;historique de %1…</translation>
    </message>
    <message>
        <source>1 version found</source>
        <translation>1 version trouvée</translation>
    </message>
    <message>
        <source>%1 versions found</source>
        <translation>%1 versions trouvées</translation>
    </message>
    <message>
        <source>added (%1 → %2 places)</source>
        <translation>ajouté (%1 → %2 occurrences)</translation>
    </message>
    <message>
        <source>removed (%1 → %2 places)</source>
        <translation>supprimé (%1 → %2 occurrences)</translation>
    </message>
</context>
<context>
    <name>sa::ui::JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Le document entier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>sa::ui::MainWindow</name>
    <message>
        <source>Snapshot Auditor</source>
        <translation>Snapshot Auditor</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open SQLite File…</source>
        <translation>&amp;Ouvrir un fichier SQLite…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Se co&amp;nnecter à PostgreSQL…</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in Version…</source>
        <translation>Rechercher dans la &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>Version &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>Version &amp;suivante</translation>
    </message>
    <message>
        <source>Filter &amp;Reports</source>
        <translation>Filtrer les &amp;rapports</translation>
    </message>
    <message>
        <source>Compare with &amp;Active Version</source>
        <translation>Comparer avec la version &amp;active</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Version</source>
        <translation>Comparer avec la version &amp;précédente</translation>
    </message>
    <message>
        <source>Compare the Two &amp;Selected Versions</source>
        <translation>Comparer les deux versions &amp;sélectionnées</translation>
    </message>
    <message>
        <source>Show Version Active &amp;As Of…</source>
        <translation>Afficher la version active à une &amp;date…</translation>
    </message>
    <message>
        <source>&amp;History of Selected Field</source>
        <translation>&amp;Historique du champ sélectionné</translation>
    </message>
    <message>
        <source>Search &amp;History…</source>
        <translation>R&amp;echercher dans l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Version…</source>
        <translation>&amp;Revenir à cette version…</translation>
    </message>
    <message>
        <source>&amp;Deprecate This Version…</source>
        <translation>Marquer cette version comme &amp;obsolète…</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Auditor</source>
        <translation>À &amp;propos de Snapshot Auditor</translation>
    </message>
    <message>
        <source>About Snapshot Auditor</source>
        <translation>À propos de Snapshot Auditor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Auditor %1&lt;/h3&gt;&lt;p&gt;Browse, compare, verify and roll back immutable, versioned JSON snapshots stored in SQLite or PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Auditor %1&lt;/h3&gt;&lt;p&gt;Parcourez, comparez, vérifiez et restaurez des instantanés JSON immuables et versionnés, stockés dans SQLite ou PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Search History</source>
        <translation>Recherche dans l&apos;historique</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Select a version in the history first</source>
        <translation>Sélectionnez d&apos;abord une version dans l&apos;historique</translation>
    </message>
    <message>
        <source>This version is the active one</source>
        <translation>Cette version est la version active</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Connexion rétablie.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>Open Snapshot Database</source>
        <translation>Ouvrir une base d&apos;instantanés</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de démonstration</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 — Snapshot Auditor</source>
        <translation>%1 — Snapshot Auditor</translation>
    </message>
    <message>
        <source>Loading v%1 and v%2…</source>
        <translation>Chargement de la v%1 et de la v%2…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The selected version is the active one.</source>
        <translation>La version sélectionnée est la version active.</translation>
    </message>
    <message>
        <source>v1 has no previous version.</source>
        <translation>La v1 n&apos;a pas de version précédente.</translation>
    </message>
    <message>
        <source>Select exactly two versions in the history (Ctrl+click).</source>
        <translation>Sélectionnez exactement deux versions dans l&apos;historique (Ctrl+clic).</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Version active à une date</translation>
    </message>
    <message>
        <source>%1 had no version yet at %2.</source>
        <translation>%1 n&apos;avait encore aucune version le %2.</translation>
    </message>
    <message>
        <source>v%1 was active at %2 (since %3, by %4).</source>
        <translation>La v%1 était active le %2 (depuis le %3, par %4).</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <comment>tab</comment>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <comment>tab</comment>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>&amp;Audit Database…</source>
        <translation>&amp;Auditer la base de données…</translation>
    </message>
    <message>
        <source>Verify every snapshot and report of the database</source>
        <translation>Vérifier chaque instantané et chaque rapport de la base de données</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Updated by %1: %2 v%3</source>
        <extracomment>A note in the status bar; %1: a login, %2: a report id, %3: a version number</extracomment>
        <translation>Modifié par %1 : %2 v%3</translation>
    </message>
    <message>
        <source>This database was written by the CCP-04 service. Snapshot Auditor reads it without changing anything; its checksums are verified with CCP-04&apos;s legacy algorithm, which covers only part of each document.</source>
        <translation>Cette base a été écrite par le service CCP-04. Snapshot Auditor la lit sans rien modifier ; ses sommes de contrôle sont vérifiées avec l&apos;algorithme hérité de CCP-04, qui ne couvre qu&apos;une partie de chaque document.</translation>
    </message>
    <message>
        <source>&amp;Upgrade CCP-04 Database…</source>
        <translation>&amp;Mettre à niveau la base CCP-04…</translation>
    </message>
    <message>
        <source>Give a database written by the CCP-04 service Snapshot Auditor&apos;s schema</source>
        <translation>Donner le schéma de Snapshot Auditor à une base écrite par le service CCP-04</translation>
    </message>
    <message>
        <source>The database was opened read-only (auditing): nothing can be changed</source>
        <translation>La base a été ouverte en lecture seule (audit) : rien ne peut être modifié</translation>
    </message>
    <message>
        <source>Upgrading %1…</source>
        <translation>Mise à niveau de %1…</translation>
    </message>
    <message>
        <source>The upgrade failed; the database was left as it was</source>
        <translation>La mise à niveau a échoué ; la base est restée telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>%1 now has Snapshot Auditor&apos;s schema (version %2)</source>
        <extracomment>%1: the database, %2: a schema version number</extracomment>
        <translation>%1 a maintenant le schéma de Snapshot Auditor (version %2)</translation>
    </message>
    <message>
        <source>The repair of %1 v%2 is recorded.</source>
        <translation>La réparation de %1 v%2 est enregistrée.</translation>
    </message>
    <message>
        <source>CCP-04 database, read-only</source>
        <translation>Base CCP-04, en lecture seule</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>sa::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Snapshot Auditor uses the new language the next time it starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Snapshot Auditor.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReportListModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>The last integrity audit found 1 problem in this report</source>
        <translation>Le dernier audit d&apos;intégrité a trouvé 1 problème dans ce rapport</translation>
    </message>
    <message>
        <source>The last integrity audit found %1 problems in this report</source>
        <translation>Le dernier audit d&apos;intégrité a trouvé %1 problèmes dans ce rapport</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReportsPanel</name>
    <message>
        <source>Filter reports by id (Ctrl+L)</source>
        <translation>Filtrer les rapports par identifiant (Ctrl+L)</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1 rapport</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 rapports</translation>
    </message>
</context>
<context>
    <name>sa::ui::StartPage</name>
    <message>
        <source>Snapshot Auditor</source>
        <translation>Snapshot Auditor</translation>
    </message>
    <message>
        <source>Browse, compare, verify and roll back versioned JSON snapshots.</source>
        <translation>Parcourir, comparer, vérifier et restaurer des instantanés JSON versionnés.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <source>A generated SQLite database with realistic parcel reports, their history, a rollback and a deprecation.</source>
        <translation>Une base SQLite générée, avec des rapports de parcelles réalistes, leur historique, une restauration et une version marquée obsolète.</translation>
    </message>
    <message>
        <source>Open a SQLite file…</source>
        <translation>Ouvrir un fichier SQLite…</translation>
    </message>
    <message>
        <source>A snapshot database on this computer.</source>
        <translation>Une base d&apos;instantanés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL…</source>
        <translation>Se connecter à PostgreSQL…</translation>
    </message>
    <message>
        <source>A shared database for a team of auditors.</source>
        <translation>Une base de données partagée par une équipe d&apos;auditeurs.</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>Connexions &amp;récentes</translation>
    </message>
    <message>
        <source>No recent connections yet</source>
        <translation>Aucune connexion récente pour le moment</translation>
    </message>
</context>
<context>
    <name>sa::ui::TimelineSlider</name>
    <message>
        <source>Version time line</source>
        <translation>Frise chronologique des versions</translation>
    </message>
    <message numerus="yes">
        <source>v%1 · %2 · %n change(s)</source>
        <translation>
            <numerusform>v%1 · %2 · %n modification</numerusform>
            <numerusform>v%1 · %2 · %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Aucune version</translation>
    </message>
    <message numerus="yes">
        <source>stepping through %n version(s) that changed the field</source>
        <translation>
            <numerusform>parcours de %n version ayant modifié le champ</numerusform>
            <numerusform>parcours des %n versions ayant modifié le champ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ui::VersionActionDialog</name>
    <message>
        <source>Roll back %1 to v%2</source>
        <translation>Restaurer la v%2 de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The active version %1 will be deactivated and %2 will become active again. Nothing is deleted; the rollback is recorded in the activity log with your name and reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La version active %1 sera désactivée et la version %2 redeviendra active. Rien n&apos;est supprimé ; la restauration est consignée dans le journal d&apos;activité avec votre nom et votre motif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The document changes by &lt;b&gt;&lt;span style=&apos;color:#0072B2&apos;&gt;+%1 added&lt;/span&gt; · &lt;span style=&apos;color:#B8860B&apos;&gt;~%2 modified&lt;/span&gt; · &lt;span style=&apos;color:#D55E00&apos;&gt;−%3 deleted&lt;/span&gt;&lt;/b&gt;%4 &amp;nbsp; &lt;a href=&apos;compare&apos;&gt;Show the full comparison…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modifications du document : &lt;b&gt;&lt;span style=&apos;color:#0072B2&apos;&gt;+%1 ajout(s)&lt;/span&gt; · &lt;span style=&apos;color:#B8860B&apos;&gt;~%2 modification(s)&lt;/span&gt; · &lt;span style=&apos;color:#D55E00&apos;&gt;−%3 suppression(s)&lt;/span&gt;&lt;/b&gt;%4 &amp;nbsp; &lt;a href=&apos;compare&apos;&gt;Afficher la comparaison complète…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · ↔%1 moved</source>
        <translation> · ↔%1 déplacement(s)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;v%1 was deprecated&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La v%1 a été marquée comme obsolète&lt;/b&gt; : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deprecate v%1 of %2</source>
        <translation>Marquer la v%1 de %2 comme obsolète</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will be marked deprecated: it stays in the history, unchanged, but readers are told not to rely on it, and it is not rolled back to without a second confirmation. A deprecation cannot be undone and is recorded in the activity log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La version %1 sera marquée comme obsolète : elle reste inchangée dans l&apos;historique, mais les lecteurs sont avertis de ne pas s&apos;y fier, et il n&apos;est possible d&apos;y revenir qu&apos;après une seconde confirmation. Ce marquage est irréversible et il est consigné dans le journal d&apos;activité.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why? (required; kept in the activity log)</source>
        <translation>Pourquoi ? (obligatoire ; conservé dans le journal d&apos;activité)</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Deprecate</source>
        <translation>Marquer comme &amp;obsolète</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Type &amp;%1 to confirm:</source>
        <translation>Saisissez &amp;%1 pour confirmer :</translation>
    </message>
    <message>
        <source>Re-activate this deprecated version anyway</source>
        <translation>Réactiver quand même cette version obsolète</translation>
    </message>
    <message>
        <source>Someone changed this report meanwhile. Reload it to see the current state, then decide again.</source>
        <translation>Quelqu&apos;un a modifié ce rapport entre-temps. Rechargez-le pour voir son état actuel, puis décidez à nouveau.</translation>
    </message>
    <message>
        <source>Record Repair of v%1 of %2</source>
        <translation>Enregistrer la réparation de la v%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The stored document of %1 does not match its checksum. Its parent %2 with the changes stored for v%3 does: that is the original. Recording the repair makes reads of v%3 return the original, marked as repaired; the damaged row stays as it is, as evidence, and the repair is recorded in the activity log with your name and reason.&lt;/p&gt;&lt;p&gt;%n path(s) were altered:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Le document stocké de %1 ne correspond pas à sa somme de contrôle. Sa version parente %2, avec les modifications stockées pour la v%3, y correspond : c&apos;est l&apos;original. Une fois la réparation enregistrée, la lecture de la v%3 renvoie l&apos;original, marqué comme réparé ; la ligne endommagée reste telle quelle, comme preuve, et la réparation est consignée dans le journal d&apos;activité avec votre nom et votre motif.&lt;/p&gt;&lt;p&gt;%n chemin a été modifié :&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Le document stocké de %1 ne correspond pas à sa somme de contrôle. Sa version parente %2, avec les modifications stockées pour la v%3, y correspond : c&apos;est l&apos;original. Une fois la réparation enregistrée, la lecture de la v%3 renvoie l&apos;original, marqué comme réparé ; la ligne endommagée reste telle quelle, comme preuve, et la réparation est consignée dans le journal d&apos;activité avec votre nom et votre motif.&lt;/p&gt;&lt;p&gt;%n chemins ont été modifiés :&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record Repair</source>
        <translation>Enregistrer la &amp;réparation</translation>
    </message>
</context>
<context>
    <name>sa::ui::VersionView</name>
    <message>
        <source>Find in this version (Ctrl+F): member names and values</source>
        <translation>Rechercher dans cette version (Ctrl+F) : noms de membres et valeurs</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>Loading v%1…</source>
        <translation>Chargement de la v%1…</translation>
    </message>
    <message>
        <source>No version selected</source>
        <translation>Aucune version sélectionnée</translation>
    </message>
    <message>
        <source>Viewing v%1 of %2 · active: v%3 · %4 by %5</source>
        <translation>Affichage : v%1 sur %2 · active : v%3 · %4 par %5</translation>
    </message>
    <message>
        <source> · deprecated: %1</source>
        <translation> · obsolète : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Copy JSON &amp;Pointer</source>
        <translation>Copier le &amp;pointeur JSON</translation>
    </message>
    <message>
        <source>Copy &amp;Value as JSON</source>
        <translation>Copier la &amp;valeur en JSON</translation>
    </message>
    <message>
        <source>&amp;History of this field…</source>
        <translation>&amp;Historique de ce champ…</translation>
    </message>
    <message>
        <source>&amp;Expand all below</source>
        <translation>Tout &amp;déplier en dessous</translation>
    </message>
    <message>
        <source> · CCP-04 legacy checksum: covers %1 of %2 values</source>
        <extracomment>%1 and %2: numbers of values in the document</extracomment>
        <translation> · somme de contrôle héritée CCP-04 : couvre %1 valeurs sur %2</translation>
    </message>
    <message>
        <source> · REPAIRED: the stored row is damaged; showing the repair %1 recorded on %2</source>
        <extracomment>%1: who recorded the repair, %2: when</extracomment>
        <translation> · RÉPARÉ : la ligne stockée est endommagée ; affichage de la réparation enregistrée par %1 le %2</translation>
    </message>
    <message>
        <source> · CCP-04 version: full checksum recorded by %1 on %2</source>
        <extracomment>%1: who recorded the checksum, %2: when</extracomment>
        <translation> · version CCP-04 : somme complète enregistrée par %1 le %2</translation>
    </message>
</context>
<context>
    <name>snapshotctl</name>
    <message>
        <source>The version to make active again.</source>
        <translation>La version à rendre de nouveau active.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The version to deprecate.</source>
        <translation>La version à marquer comme obsolète.</translation>
    </message>
    <message>
        <source>Why, for the activity log (required).</source>
        <translation>Le motif, pour le journal d&apos;activité (obligatoire).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Roll back to a version even though it was deprecated.</source>
        <translation>Revenir à une version même si elle a été marquée comme obsolète.</translation>
    </message>
    <message>
        <source>not on a terminal, so nobody can confirm: pass --yes to go ahead</source>
        <translation>pas de terminal, personne ne peut donc confirmer : passez --yes pour continuer</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>--reason is required: the activity log records why</source>
        <translation>--reason est obligatoire : le journal d&apos;activité en consigne le motif</translation>
    </message>
    <message>
        <source>Report %1
  active now:  %2
  make active: %3
  the document changes by: %4 added, %5 modified, %6 deleted, %7 moved
</source>
        <translation>Rapport %1
  actuellement active : %2
  à rendre active :     %3
  modifications du document : %4 ajout(s), %5 modification(s), %6 suppression(s), %7 déplacement(s)
</translation>
    </message>
    <message>
        <source>  warning: version %1 was deprecated: %2
</source>
        <translation>  avertissement : la version %1 a été marquée comme obsolète : %2
</translation>
    </message>
    <message>
        <source>Makes an earlier version of REPORT active again, in one transaction with its activity-log entry. Shows what would change and asks first; without a terminal it needs --yes. If someone changed the report after the plan was shown, nothing happens (VERSION_CONFLICT).</source>
        <translation>Rend de nouveau active une version antérieure de REPORT, dans une même transaction que son entrée du journal d&apos;activité. Affiche d&apos;abord ce qui changerait et demande confirmation ; sans terminal, --yes est nécessaire. Si quelqu&apos;un a modifié le rapport après l&apos;affichage du plan, rien n&apos;est fait (VERSION_CONFLICT).</translation>
    </message>
    <message>
        <source>The report id.</source>
        <translation>L&apos;identifiant du rapport.</translation>
    </message>
    <message>
        <source>--to is required: which version to make active</source>
        <translation>--to est obligatoire : quelle version rendre active</translation>
    </message>
    <message>
        <source>version %1 was deprecated; pass --allow-deprecated to roll back to it anyway</source>
        <translation>la version %1 a été marquée comme obsolète ; passez --allow-deprecated pour y revenir malgré tout</translation>
    </message>
    <message>
        <source>Make version %1 of %2 active?</source>
        <translation>Rendre active la version %1 de %2 ?</translation>
    </message>
    <message>
        <source>%1: version %2 is active again (was %3)
</source>
        <translation>%1: la version %2 est de nouveau active (au lieu de la %3)
</translation>
    </message>
    <message>
        <source>Marks a version of REPORT deprecated, with the reason, once and for good. The active version cannot be deprecated: roll back to another version first. Asks first; without a terminal it needs --yes.</source>
        <translation>Marque une version de REPORT comme obsolète, avec le motif, de façon définitive. La version active ne peut pas être marquée comme obsolète : revenez d&apos;abord à une autre version. Demande confirmation ; sans terminal, --yes est nécessaire.</translation>
    </message>
    <message>
        <source>--version is required: which version to deprecate</source>
        <translation>--version est obligatoire : quelle version marquer comme obsolète</translation>
    </message>
    <message>
        <source>Deprecate version %1 of %2 for good?</source>
        <translation>Marquer définitivement la version %1 de %2 comme obsolète ?</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Check every report in the database.</source>
        <translation>Vérifier tous les rapports de la base de données.</translation>
    </message>
    <message>
        <source>Only reports whose id contains TEXT (ASCII case ignored).</source>
        <translation>Uniquement les rapports dont l&apos;identifiant contient TEXTE (sans distinction de casse ASCII).</translation>
    </message>
    <message>
        <source>snapshotctl: verify: %1 of %2 reports, %3%</source>
        <translation>snapshotctl: verify: %1 rapports sur %2, %3 %</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (auparavant %1)</translation>
    </message>
    <message>
        <source>The report to check (or --all).</source>
        <translation>Le rapport à vérifier (ou --all).</translation>
    </message>
    <message>
        <source>name one REPORT or pass --all</source>
        <translation>indiquez un REPORT ou passez --all</translation>
    </message>
    <message>
        <source>%1 reports, %2 snapshots, %3 verified: %4
</source>
        <translation>%1 rapports, %2 instantanés, %3 vérifiés : %4
</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the reports: versions, the active version and its last change.</source>
        <translation>Liste les rapports : versions, version active et sa dernière modification.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapports</translation>
    </message>
    <message>
        <source>REPORT          VERSIONS  ACTIVE  LAST CHANGE              BY
</source>
        <translation>RAPPORT         VERSIONS  ACTIVE  DERNIÈRE MODIFICATION    PAR
</translation>
    </message>
    <message>
        <source>%1 of %2 reports
</source>
        <translation>%1 rapports sur %2
</translation>
    </message>
    <message>
        <source>Shows the activity log, newest first: who created, rolled back or deprecated which version, when and why. Of one REPORT, or of every report.</source>
        <translation>Affiche le journal d&apos;activité, du plus récent au plus ancien : qui a créé, restauré ou marqué comme obsolète quelle version, quand et pourquoi. Pour un REPORT ou pour tous les rapports.</translation>
    </message>
    <message>
        <source>The report (default: all).</source>
        <translation>Le rapport (par défaut : tous).</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>more: --offset %1
</source>
        <translation>suite : --offset %1
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); see --help</source>
        <translation>
            <numerusform>%n argument attendu ; voir --help</numerusform>
            <numerusform>%n arguments attendus ; voir --help</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a demo SQLite database to PATH: a few dozen parcel reports with dozens of versions each, edited by several people over the last months, with rollbacks and deprecations among them. PATH must not exist yet; an interrupted run leaves nothing behind.</source>
        <translation>Écrit une base de démonstration SQLite dans PATH : quelques dizaines de rapports de parcelles comportant chacun des dizaines de versions, modifiés par plusieurs personnes au cours des derniers mois, dont des restaurations et des versions marquées obsolètes. PATH ne doit pas encore exister ; une exécution interrompue ne laisse rien derrière elle.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Le fichier de la nouvelle base de données.</translation>
    </message>
    <message>
        <source>snapshotctl: demo: %1%</source>
        <translation>snapshotctl: demo: %1 %</translation>
    </message>
    <message>
        <source>%1: %2 reports, %3 versions, %4 rollbacks, %5 deprecations by %6 people
Try: snapshotctl reports --db sqlite:%1
</source>
        <translation>%1: %2 rapports, %3 versions, %4 restaurations, %5 versions marquées obsolètes, par %6 personnes
Essayez : snapshotctl reports --db sqlite:%1
</translation>
    </message>
    <message>
        <source>no differences
</source>
        <translation>aucune différence
</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 deleted, %4 moved
</source>
        <translation>%1 ajout(s), %2 modification(s), %3 suppression(s), %4 déplacement(s)
</translation>
    </message>
    <message>
        <source>Where the data came from: api, manual, import, migration or rollback.</source>
        <translation>Provenance des données : api, manual, import, migration ou rollback.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Write nothing when a document equals the report&apos;s active version.</source>
        <translation>Ne rien écrire lorsqu&apos;un document est identique à la version active du rapport.</translation>
    </message>
    <message>
        <source>The report the documents belong to.</source>
        <translation>Le rapport auquel appartiennent les documents.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fail with VERSION_CONFLICT unless N is the report&apos;s active version (0: the report is new).</source>
        <translation>Échouer avec VERSION_CONFLICT si N n&apos;est pas la version active du rapport (0 : le rapport est nouveau).</translation>
    </message>
    <message>
        <source>%1: no report id: pass --report ID or give each document a &quot;reportId&quot; string member</source>
        <translation>%1: aucun identifiant de rapport : passez --report ID ou donnez à chaque document un membre « reportId » de type chaîne</translation>
    </message>
    <message>
        <source>%1: warning: the number at %2 is stored rounded from %3 to %4</source>
        <translation>%1: avertissement : le nombre en %2 est stocké arrondi de %3 à %4</translation>
    </message>
    <message>
        <source>%1: created version %2 (%3, checksum %4)</source>
        <translation>%1: version %2 créée (%3, somme de contrôle %4)</translation>
    </message>
    <message>
        <source>%1: unchanged, version %2 is already this document</source>
        <translation>%1: inchangé, la version %2 correspond déjà à ce document</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source>%1 holds no .json files</source>
        <translation>%1 ne contient aucun fichier .json</translation>
    </message>
    <message>
        <source>snapshotctl: import: %1 of %2 documents</source>
        <translation>snapshotctl: import: %1 documents sur %2</translation>
    </message>
    <message>
        <source>Stores FILE as the next version of REPORT and makes it the active version. The document is validated (RFC 8259 and I-JSON), canonicalised (RFC 8785) and checksummed; a document that is refused writes nothing.</source>
        <translation>Stocke FILE comme version suivante de REPORT et en fait la version active. Le document est validé (RFC 8259 et I-JSON), mis sous forme canonique (RFC 8785) et doté d&apos;une somme de contrôle ; rien n&apos;est écrit pour un document refusé.</translation>
    </message>
    <message>
        <source>The report id (1 to 64 characters).</source>
        <translation>L&apos;identifiant du rapport (1 à 64 caractères).</translation>
    </message>
    <message>
        <source>The JSON document, or - for standard input.</source>
        <translation>Le document JSON, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--expected-version must be 0 or more</source>
        <translation>--expected-version doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Stores documents as new versions: a JSON file (report id: --report or the file&apos;s base name), a folder of JSON files (one report per file name), or NDJSON from standard input (-) or a .ndjson file (report id: --report or each document&apos;s &quot;reportId&quot; member). Each document is written in its own transaction; a refused document writes nothing, is named with its file and line, and the import goes on with the next one. Exit code 2 when any document was refused.</source>
        <translation>Stocke des documents comme nouvelles versions : un fichier JSON (identifiant du rapport : --report ou le nom de base du fichier), un dossier de fichiers JSON (un rapport par nom de fichier), ou du NDJSON depuis l&apos;entrée standard (-) ou un fichier .ndjson (identifiant du rapport : --report ou le membre « reportId » de chaque document). Chaque document est écrit dans sa propre transaction ; rien n&apos;est écrit pour un document refusé, qui est signalé avec son fichier et sa ligne, et l&apos;import continue avec le suivant. Code de sortie 2 si un document a été refusé.</translation>
    </message>
    <message>
        <source>A JSON file, a folder, an NDJSON file, or - for NDJSON on standard input.</source>
        <translation>Un fichier JSON, un dossier, un fichier NDJSON, ou - pour du NDJSON sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 created, %2 unchanged, %3 refused
</source>
        <translation>%1 créé(s), %2 inchangé(s), %3 refusé(s)
</translation>
    </message>
    <message>
        <source>%1: number at %2 rounded from %3 to %4</source>
        <translation>%1: nombre en %2 arrondi de %3 à %4</translation>
    </message>
    <message>
        <source>JSON file, or - for standard input.</source>
        <translation>Fichier JSON, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Shows what changed from OLD to NEW, structurally, by JSON Pointer. Exit code 0: the same, 1: different, 2: trouble.</source>
        <translation>Affiche les différences structurelles de OLD à NEW, par pointeur JSON. Code de sortie 0 : identiques, 1 : différents, 2 : problème.</translation>
    </message>
    <message>
        <source>The older JSON file (- for standard input).</source>
        <translation>Le fichier JSON le plus ancien (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The newer JSON file.</source>
        <translation>Le fichier JSON le plus récent.</translation>
    </message>
    <message>
        <source>Applies an RFC 6902 JSON Patch to DOC and writes the result in canonical form. All or nothing: a failing operation writes nothing.</source>
        <translation>Applique un JSON Patch RFC 6902 à DOC et écrit le résultat sous forme canonique. Tout ou rien : si une opération échoue, rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The JSON document (- for standard input).</source>
        <translation>Le document JSON (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The RFC 6902 patch: a JSON array of operations.</source>
        <translation>Le correctif RFC 6902 : un tableau JSON d&apos;opérations.</translation>
    </message>
    <message>
        <source>Writes the RFC 8785 canonical form of FILE to standard output.</source>
        <translation>Écrit la forme canonique RFC 8785 de FILE sur la sortie standard.</translation>
    </message>
    <message>
        <source>Prints the snapshot checksum of FILE: the SHA-256 of its RFC 8785 canonical form.</source>
        <translation>Affiche la somme de contrôle d&apos;instantané de FILE : le SHA-256 de sa forme canonique RFC 8785.</translation>
    </message>
    <message>
        <source>Checks that FILE can be stored as a snapshot: RFC 8259 syntax and the I-JSON rules (unique member names, valid Unicode, numbers exact as IEEE-754 doubles).</source>
        <translation>Vérifie que FILE peut être stocké comme instantané : syntaxe RFC 8259 et règles I-JSON (noms de membres uniques, Unicode valide, nombres exactement représentables en double IEEE-754).</translation>
    </message>
    <message>
        <source>%1: valid; %2 bytes in canonical form; checksum %3
</source>
        <translation>%1: valide ; %2 octets sous forme canonique ; somme de contrôle %3
</translation>
    </message>
    <message>
        <source>show who changed what, when and why</source>
        <translation>afficher qui a modifié quoi, quand et pourquoi</translation>
    </message>
    <message>
        <source>print the RFC 8785 canonical form of a JSON file</source>
        <translation>afficher la forme canonique RFC 8785 d&apos;un fichier JSON</translation>
    </message>
    <message>
        <source>print the SHA-256 checksum of a file&apos;s canonical form</source>
        <translation>afficher la somme de contrôle SHA-256 de la forme canonique d&apos;un fichier</translation>
    </message>
    <message>
        <source>store a JSON file as a report&apos;s next version</source>
        <translation>stocker un fichier JSON comme version suivante d&apos;un rapport</translation>
    </message>
    <message>
        <source>write a demo database with realistic history</source>
        <translation>écrire une base de démonstration avec un historique réaliste</translation>
    </message>
    <message>
        <source>mark a stored version deprecated, with a reason</source>
        <translation>marquer une version stockée comme obsolète, avec un motif</translation>
    </message>
    <message>
        <source>show what changed between two JSON files or two stored versions</source>
        <translation>afficher les différences entre deux fichiers JSON ou deux versions stockées</translation>
    </message>
    <message>
        <source>store JSON files, a folder or NDJSON as new versions</source>
        <translation>stocker des fichiers JSON, un dossier ou du NDJSON comme nouvelles versions</translation>
    </message>
    <message>
        <source>create or upgrade the schema of a snapshot database</source>
        <translation>créer ou mettre à niveau le schéma d&apos;une base d&apos;instantanés</translation>
    </message>
    <message>
        <source>list a report&apos;s versions, newest first</source>
        <translation>lister les versions d&apos;un rapport, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>apply an RFC 6902 JSON Patch to a JSON file</source>
        <translation>appliquer un JSON Patch RFC 6902 à un fichier JSON</translation>
    </message>
    <message>
        <source>list the reports in a database</source>
        <translation>lister les rapports d&apos;une base de données</translation>
    </message>
    <message>
        <source>make an earlier version of a report active again</source>
        <translation>rendre de nouveau active une version antérieure d&apos;un rapport</translation>
    </message>
    <message>
        <source>print a stored version, verified</source>
        <translation>afficher une version stockée, après vérification</translation>
    </message>
    <message>
        <source>check that a file can be stored as a snapshot</source>
        <translation>vérifier qu&apos;un fichier peut être stocké comme instantané</translation>
    </message>
    <message>
        <source>check stored snapshots against their checksums and the rules</source>
        <translation>vérifier les instantanés stockés au regard de leurs sommes de contrôle et des règles</translation>
    </message>
    <message>
        <source>Usage: snapshotctl VERB [options] [arguments]

Browse, compare, verify and roll back versioned JSON snapshots.

Verbs:
</source>
        <translation>Utilisation : snapshotctl VERBE [options] [arguments]

Parcourir, comparer, vérifier et restaurer des instantanés JSON versionnés.

Verbes :
</translation>
    </message>
    <message>
        <source>
Run &apos;snapshotctl VERB --help&apos; for the options of a verb.
</source>
        <translation>
Lancez « snapshotctl VERBE --help » pour connaître les options d&apos;un verbe.
</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; run &apos;snapshotctl --help&apos; for the list</source>
        <translation>verbe inconnu « %1 » ; lancez « snapshotctl --help » pour en obtenir la liste</translation>
    </message>
    <message>
        <source>Output: summary (default), pointer (one line per change) or json-patch (RFC 6902).</source>
        <translation>Sortie : summary (par défaut), pointer (une ligne par modification) ou json-patch (RFC 6902).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Match the elements of the arrays at PATH by their member MEMBER (repeatable; &apos;*&apos; in PATH matches any index or name), e.g. /owners=id.</source>
        <translation>Apparier les éléments des tableaux situés en CHEMIN selon leur membre MEMBRE (répétable ; &apos;*&apos; dans CHEMIN correspond à n&apos;importe quel indice ou nom), p. ex. /owners=id.</translation>
    </message>
    <message>
        <source>PATH=MEMBER</source>
        <translation>CHEMIN=MEMBRE</translation>
    </message>
    <message>
        <source>Do not report changes at or below PATH (repeatable), e.g. /retrievedAt.</source>
        <translation>Ne pas signaler les modifications en CHEMIN ou en dessous (répétable), p. ex. /retrievedAt.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Treat numbers closer than X as equal.</source>
        <translation>Considérer comme égaux les nombres dont l&apos;écart est inférieur à X.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Report moved array elements as a deletion and an addition.</source>
        <translation>Signaler les éléments de tableau déplacés comme une suppression suivie d&apos;un ajout.</translation>
    </message>
    <message>
        <source>Accept numbers that change value as IEEE-754 doubles (each one is reported).</source>
        <translation>Accepter les nombres dont la valeur change en double IEEE-754 (chacun est signalé).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (summary, pointer or json-patch)</source>
        <translation>--format « %1 » inconnu (summary, pointer ou json-patch)</translation>
    </message>
    <message>
        <source>--identity expects PATH=MEMBER, got &apos;%1&apos;</source>
        <translation>--identity attend CHEMIN=MEMBRE, reçu « %1 »</translation>
    </message>
    <message>
        <source>--tolerance expects a number of at least 0</source>
        <translation>--tolerance attend un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Show at most N %1 (default %2).</source>
        <translation>Afficher au plus N %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>Skip the first N %1 (default 0).</source>
        <translation>Sauter N %1 au début de la liste (par défaut 0).</translation>
    </message>
    <message>
        <source>--limit takes 1 to %1 and --offset 0 or more</source>
        <translation>--limit accepte une valeur de 1 à %1 et --offset une valeur supérieure ou égale à 0</translation>
    </message>
    <message>
        <source>%1 holds no snapshot tables yet (snapshotctl init creates them)</source>
        <translation>la base %1 ne contient pas encore de tables d&apos;instantanés (snapshotctl init les crée)</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this snapshotctl&apos;s %3: run snapshotctl init to upgrade it</source>
        <translation>la base %1 a un schéma en version %2, plus ancien que la version %3 de ce snapshotctl : lancez snapshotctl init pour le mettre à niveau</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this snapshotctl knows versions up to %3: use a newer release</source>
        <translation>la base %1 a un schéma en version %2, mais ce snapshotctl ne connaît que les versions jusqu&apos;à %3 : utilisez une version plus récente du programme</translation>
    </message>
    <message>
        <source>The snapshot database: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE (default: $SNAPSHOT_DB). PostgreSQL passwords come from libpq&apos;s own sources (PGPASSWORD, PGPASSFILE or ~/.pgpass) or, on a terminal, a prompt without echo; never from the command line.</source>
        <translation>La base d&apos;instantanés : sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=MODE (par défaut : $SNAPSHOT_DB). Les mots de passe PostgreSQL proviennent des sources propres à libpq (PGPASSWORD, PGPASSFILE ou ~/.pgpass) ou, sur un terminal, d&apos;une invite sans écho ; jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write JSON for scripts instead of text for people.</source>
        <translation>Produire du JSON pour les scripts plutôt que du texte pour les humains.</translation>
    </message>
    <message>
        <source>Do it without asking (required when not run on a terminal).</source>
        <translation>Agir sans demander confirmation (obligatoire hors d&apos;un terminal).</translation>
    </message>
    <message>
        <source> [y/N]</source>
        <translation> [o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no database: pass --db sqlite:PATH or --db postgresql://USER@HOST/DATABASE, or set SNAPSHOT_DB</source>
        <translation>aucune base de données : passez --db sqlite:CHEMIN ou --db postgresql://UTILISATEUR@HÔTE/BASE, ou définissez SNAPSHOT_DB</translation>
    </message>
    <message>
        <source>there is no database at %1 (snapshotctl init creates one)</source>
        <translation>il n&apos;y a pas de base de données à l&apos;emplacement %1 (snapshotctl init en crée une)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>%1 must be a version number (1 or more), not &apos;%2&apos;</source>
        <translation>%1 doit être un numéro de version (1 ou plus), et non « %2 »</translation>
    </message>
    <message>
        <source>The version to show (default: the active one).</source>
        <translation>La version à afficher (par défaut : la version active).</translation>
    </message>
    <message>
        <source>Show the version that was active at TIME (ISO 8601, e.g. 2026-05-01T12:00:00Z; without a zone: UTC).</source>
        <translation>Afficher la version qui était active à DATE (ISO 8601, p. ex. 2026-05-01T12:00:00Z ; sans fuseau horaire : UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print the RFC 8785 canonical bytes instead of indented JSON.</source>
        <translation>Afficher les octets canoniques RFC 8785 au lieu du JSON indenté.</translation>
    </message>
    <message>
        <source>--as-of expects an ISO 8601 time, not &apos;%1&apos;</source>
        <translation>--as-of attend une date ISO 8601, et non « %1 »</translation>
    </message>
    <message>
        <source>--version and --as-of exclude each other</source>
        <translation>--version et --as-of sont mutuellement exclusives</translation>
    </message>
    <message>
        <source>report %1 had no version yet at %2</source>
        <translation>le rapport %1 n&apos;avait encore aucune version le %2</translation>
    </message>
    <message>
        <source>VERSION  ACTIVE  CREATED                  AUTHOR        SIZE       CHECKSUM
</source>
        <translation>VERSION  ACTIVE  CRÉATION                 AUTEUR        TAILLE     SOMME DE CONTRÔLE
</translation>
    </message>
    <message>
        <source>         deprecated %1: %2
</source>
        <translation>         marquée obsolète le %1 : %2
</translation>
    </message>
    <message>
        <source>versions %1 to %2 of %3, newest first; --offset %4 shows more
</source>
        <translation>versions %1 à %2 sur %3, de la plus récente à la plus ancienne ; --offset %4 affiche la suite
</translation>
    </message>
    <message>
        <source>Creates the snapshot schema in an empty database, or upgrades an older one, in one transaction. A database written by a newer release, or a CCP-04 deployment without schema_migrations, is refused and left untouched.</source>
        <translation>Crée le schéma d&apos;instantanés dans une base de données vide, ou met à niveau un schéma plus ancien, en une seule transaction. Une base écrite par une version plus récente du programme, ou un déploiement CCP-04 sans schema_migrations, est refusé et laissé intact.</translation>
    </message>
    <message>
        <source>%1: schema version %2, ready
</source>
        <translation>%1: schéma en version %2, prêt
</translation>
    </message>
    <message>
        <source>Prints a version of REPORT, indented, after verifying its checksum (INTEGRITY_CHECK_FAILED when the stored data was changed). Default: the active version.</source>
        <translation>Affiche une version de REPORT, indentée, après vérification de sa somme de contrôle (INTEGRITY_CHECK_FAILED si les données stockées ont été modifiées). Par défaut : la version active.</translation>
    </message>
    <message>
        <source>warning: version %1 of %2 is deprecated: %3</source>
        <translation>avertissement : la version %1 de %2 est obsolète : %3</translation>
    </message>
    <message>
        <source>Lists the versions of REPORT, newest first, without their payloads.</source>
        <translation>Liste les versions de REPORT, de la plus récente à la plus ancienne, sans leur contenu.</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versions</translation>
    </message>
    <message>
        <source>Shows what changed, structurally, by JSON Pointer: between two JSON files (diff OLD NEW) or between two stored versions of a report (diff REPORT V1 V2, both verified). Exit code 0: the same, 1: different, 2: trouble.</source>
        <translation>Affiche les différences structurelles, par pointeur JSON : entre deux fichiers JSON (diff OLD NEW) ou entre deux versions stockées d&apos;un rapport (diff REPORT V1 V2, toutes deux vérifiées). Code de sortie 0 : identiques, 1 : différents, 2 : problème.</translation>
    </message>
    <message>
        <source>The older JSON file, or the report id.</source>
        <translation>Le fichier JSON le plus ancien, ou l&apos;identifiant du rapport.</translation>
    </message>
    <message>
        <source>The newer JSON file, or the older version.</source>
        <translation>Le fichier JSON le plus récent, ou la version la plus ancienne.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>La version la plus récente.</translation>
    </message>
    <message>
        <source>version %1 by %2 on %3</source>
        <translation>version %1 par %2 le %3</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (active)</translation>
    </message>
    <message>
        <source> (deprecated: %1)</source>
        <translation> (obsolète : %1)</translation>
    </message>
    <message>
        <source>(no versions from offset %1; the report has %2 versions)
</source>
        <translation>(aucune version à partir du décalage %1 ; le rapport compte %2 versions)
</translation>
    </message>
    <message>
        <source>print or apply the SQL of the PostgreSQL roles (admin roles)</source>
        <translation>afficher ou appliquer le SQL des rôles PostgreSQL (admin roles)</translation>
    </message>
    <message>
        <source>Run the statements in one transaction on the --db database (as the owner of its tables or a superuser) instead of printing them.</source>
        <translation>Exécuter les instructions dans une seule transaction sur la base de --db (en tant que propriétaire de ses tables ou superutilisateur) au lieu de les afficher.</translation>
    </message>
    <message>
        <source>The schema of the snapshot tables (default: the schema= of --db, else public).</source>
        <translation>Le schéma des tables des instantanés (par défaut : le schema= de --db, sinon public).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Name the roles PREFIX_auditor, PREFIX_writer and PREFIX_admin (default: snapshot); roles are shared by every database of a server.</source>
        <translation>Nommer les rôles PRÉFIXE_auditor, PRÉFIXE_writer et PRÉFIXE_admin (par défaut : snapshot) ; les rôles sont communs à toutes les bases d&apos;un serveur.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>-- Snapshot Auditor roles for the tables in schema %1, in the database this runs in.
-- %2: read only; %3: also creates versions; %4: also rolls back and deprecates.
-- Run as the owner of the tables or a superuser; safe to run again, and again after a schema upgrade.
</source>
        <translation>-- Rôles Snapshot Auditor pour les tables du schéma %1, dans la base où ceci s&apos;exécute.
-- %2 : lecture seule ; %3 : crée aussi des versions ; %4 : restaure aussi et marque comme obsolète.
-- À exécuter en tant que propriétaire des tables ou superutilisateur ; peut être relancé, et doit l&apos;être après une mise à jour du schéma.
</translation>
    </message>
    <message>
        <source>-- Members are added by a DBA, one role per person or service, e.g.:
--   GRANT %1 TO alice;
--   GRANT %2 TO importer;
--   GRANT %3 TO dmitri;
</source>
        <translation>-- Les membres sont ajoutés par un DBA, un rôle par personne ou service, par exemple :
--   GRANT %1 TO alice;
--   GRANT %2 TO importer;
--   GRANT %3 TO dmitri;
</translation>
    </message>
    <message>
        <source>--apply needs the database: pass --db postgresql://USER@HOST/DATABASE</source>
        <translation>--apply a besoin de la base : indiquez --db postgresql://UTILISATEUR@HÔTE/BASE</translation>
    </message>
    <message>
        <source>--apply works on PostgreSQL only: SQLite has no roles</source>
        <translation>--apply ne fonctionne qu&apos;avec PostgreSQL : SQLite n&apos;a pas de rôles</translation>
    </message>
    <message>
        <source>%1: roles %2, %3 and %4 are set up for schema %5
</source>
        <translation>%1: rôles %2, %3 et %4 mis en place pour le schéma %5
</translation>
    </message>
    <message>
        <source>Database administration. &apos;admin roles&apos; prints the SQL that sets up three group roles (NOLOGIN) for a PostgreSQL snapshot database: PREFIX_auditor may connect and read every table; PREFIX_writer may also create versions (INSERT); PREFIX_admin may also roll back and deprecate (UPDATE of is_active, deprecated_at and deprecated_reason only). Nobody may DELETE, TRUNCATE or UPDATE anything else. With --apply it runs the SQL on the --db database.</source>
        <translation>Administration de la base. « admin roles » affiche le SQL qui met en place trois rôles de groupe (NOLOGIN) pour une base d&apos;instantanés PostgreSQL : PRÉFIXE_auditor peut se connecter et lire toutes les tables ; PRÉFIXE_writer peut aussi créer des versions (INSERT) ; PRÉFIXE_admin peut aussi restaurer et marquer comme obsolète (UPDATE de is_active, deprecated_at et deprecated_reason uniquement). Personne ne peut faire de DELETE, de TRUNCATE ni d&apos;autre UPDATE. Avec --apply, le SQL est exécuté sur la base de --db.</translation>
    </message>
    <message>
        <source>The sub-command: roles.</source>
        <translation>La sous-commande : roles.</translation>
    </message>
    <message>
        <source>unknown admin command &apos;%1&apos;; run &apos;snapshotctl admin --help&apos;</source>
        <translation>commande admin inconnue « %1 » ; voir « snapshotctl admin --help »</translation>
    </message>
    <message>
        <source>After a clean check of every report, write the head of each report&apos;s hash chain (highest version and chain hash) to FILE, to check against later.</source>
        <translation>Après une vérification sans problème de tous les rapports, écrire dans FICHIER la tête de la chaîne de hachage de chaque rapport (version la plus élevée et hachage de chaîne), pour une vérification ultérieure.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Check every report, and that each version recorded in the anchor FILE still has the chain hash recorded there (newer versions are fine).</source>
        <translation>Vérifier tous les rapports, et que chaque version enregistrée dans le FICHIER d&apos;ancre a toujours le hachage de chaîne qui y est enregistré (les versions plus récentes sont acceptées).</translation>
    </message>
    <message>
        <source>Checks stored snapshots against the data contract: every payload against its checksum and size, versions without gaps or duplicates, parents, exactly one active version, the hash chain of each report. Prints every problem on its own line and never stops at the first. Exit code 0: clean, 1: problems found, 2: error.</source>
        <translation>Vérifie les instantanés stockés au regard du contrat de données : chaque contenu au regard de sa somme de contrôle et de sa taille, des versions sans trou ni doublon, les versions parentes, exactement une version active, la chaîne de hachage de chaque rapport. Affiche chaque problème sur sa propre ligne et ne s&apos;arrête jamais au premier. Code de sortie 0 : aucun problème, 1 : problèmes trouvés, 2 : erreur.</translation>
    </message>
    <message>
        <source>--export-anchor and --against check every report: name no REPORT</source>
        <translation>--export-anchor et --against vérifient tous les rapports : n&apos;indiquez aucun REPORT</translation>
    </message>
    <message>
        <source>anchor %1 (%2): %3 reports checked
</source>
        <translation>ancre %1 (%2) : %3 rapports vérifiés
</translation>
    </message>
    <message>
        <source>anchor written to %1: %2 reports
</source>
        <translation>ancre écrite dans %1 : %2 rapports
</translation>
    </message>
    <message>
        <source>no anchor written: the check found problems
</source>
        <translation>aucune ancre écrite : la vérification a trouvé des problèmes
</translation>
    </message>
    <message>
        <source>Skip the round trip of the stored diffs (DIFF_MISMATCH) and the localisation of altered values (TAMPERED_PATHS): about twice as fast on large documents; checksums, sizes, hash chain and structure are still checked.</source>
        <translation>Ne pas rejouer les diffs stockés (DIFF_MISMATCH) ni localiser les valeurs modifiées (TAMPERED_PATHS) : environ deux fois plus rapide sur les gros documents ; les sommes de contrôle, les tailles, la chaîne de hachage et la structure sont toujours vérifiées.</translation>
    </message>
    <message>
        <source>Show the proof and the altered paths; record nothing.</source>
        <translation>Afficher la preuve et les chemins modifiés ; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>The value at a JSON path is absent</extracomment>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered path(s):
</source>
        <translation>
            <numerusform>%1 : la version %2 (snapshot %3) est prouvée à partir de la version %4 et de son diff enregistré ; %n chemin modifié :
</numerusform>
            <numerusform>%1 : la version %2 (snapshot %3) est prouvée à partir de la version %4 et de son diff enregistré ; %n chemins modifiés :
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: stored %2, proven %3
</source>
        <translation>  %1 : enregistré %2, prouvé %3
</translation>
    </message>
    <message>
        <source>Repairs VERSION of REPORT when its payload fails its checksum: its parent&apos;s verified payload with the version&apos;s stored diff applied must hash to the version&apos;s checksum, which proves it is the original. The proof is recorded as a repair (logged; the damaged row is kept as evidence) and reads of the version return it from then on. --dry-run shows the altered paths only.</source>
        <translation>Répare la VERSION de REPORT lorsque son contenu échoue à sa somme de contrôle : le contenu vérifié de son parent, avec le diff enregistré de la version appliqué, doit donner la somme de contrôle de la version, ce qui prouve qu’il s’agit de l’original. La preuve est enregistrée comme réparation (journalisée ; la ligne endommagée est conservée comme preuve) et les lectures de la version la renvoient dès lors. --dry-run affiche seulement les chemins modifiés.</translation>
    </message>
    <message>
        <source>The damaged version.</source>
        <translation>La version endommagée.</translation>
    </message>
    <message>
        <source>Dry run: nothing was recorded.
</source>
        <translation>Essai à blanc : rien n’a été enregistré.
</translation>
    </message>
    <message>
        <source>%1: the repair of version %2 is recorded; reads of it return the proven original.
</source>
        <translation>%1 : la réparation de la version %2 est enregistrée ; ses lectures renvoient l’original prouvé.
</translation>
    </message>
    <message>
        <source>record the proven original of a damaged version (--dry-run: show the proof)</source>
        <translation>enregistrer l’original prouvé d’une version endommagée (--dry-run : afficher la preuve)</translation>
    </message>
    <message>
        <source>not verifiable: %1
</source>
        <translation>non vérifiable : %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n notice(s)</source>
        <extracomment>%1: &quot;clean&quot; or &quot;3 problems&quot;; notices are findings that are not damage (legacy checksums)</extracomment>
        <translation>
            <numerusform>%1, %n remarque</numerusform>
            <numerusform>%1, %n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>For VERSION of REPORT, written by the CCP-04 service, whose payload matches CCP-04&apos;s legacy checksum (which covers only part of the document): records the RFC 8785 checksum of the payload as it is now beside the row (logged; the row and its legacy checksum stay as they are). Reads and audits check the recorded checksum from then on, covering every value.</source>
        <translation>Pour VERSION de REPORT, écrite par le service CCP-04, dont le contenu correspond à la somme héritée de CCP-04 (qui ne couvre qu&apos;une partie du document) : enregistre la somme de contrôle RFC 8785 du contenu tel qu&apos;il est à côté de la ligne (journalisé ; la ligne et sa somme héritée restent telles quelles). Les lectures et audits vérifient ensuite la somme enregistrée, qui couvre chaque valeur.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>La version.</translation>
    </message>
    <message>
        <source>%1: version %2 now has the RFC 8785 checksum %3 recorded, covering all %5 values (its legacy checksum covered %4)
</source>
        <extracomment>%1: report, %2: version, %3: a SHA-256 checksum, %4 and %5: numbers of values</extracomment>
        <translation>%1 : la version %2 a maintenant la somme de contrôle RFC 8785 %3 enregistrée, couvrant les %5 valeurs (sa somme héritée en couvrait %4)
</translation>
    </message>
    <message>
        <source>upgrade the schema, a CCP-04 database included (asks first)</source>
        <translation>mettre le schéma à niveau, base CCP-04 comprise (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>record the full checksum of a CCP-04 version its legacy checksum vouches for</source>
        <translation>enregistrer la somme complète d&apos;une version CCP-04 garantie par sa somme héritée</translation>
    </message>
    <message>
        <source>%1 was written by the CCP-04 snapshot service: snapshotctl reads it but never changes it before an admin upgrades it with snapshotctl migrate</source>
        <translation>%1 a été écrite par le service de snapshots CCP-04 : snapshotctl la lit mais ne la modifie jamais avant sa mise à niveau par un administrateur avec snapshotctl migrate</translation>
    </message>
    <message>
        <source>Upgrades the schema of a snapshot database, as init does, and is the one way to upgrade a database written by the CCP-04 service: it says what the upgrade adds and keeps, asks for a confirmation (or --yes) and runs it in one transaction.</source>
        <translation>Met à niveau le schéma d&apos;une base de snapshots, comme init, et c&apos;est la seule façon de mettre à niveau une base écrite par le service CCP-04 : indique ce que la mise à niveau ajoute et conserve, demande une confirmation (ou --yes) et l&apos;exécute en une transaction.</translation>
    </message>
    <message>
        <source>%1 was written by the CCP-04 snapshot service. Upgrading it:
</source>
        <translation>%1 a été écrite par le service de snapshots CCP-04. Sa mise à niveau :
</translation>
    </message>
    <message>
        <source>Upgrade %1?</source>
        <translation>Mettre %1 à niveau ?</translation>
    </message>
</context>
</TS>

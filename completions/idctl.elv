
use builtin;
use str;

set edit:completion:arg-completer[idctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'idctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'idctl'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'The schema: migrations, status, compatibility check'
            cand dev 'A throwaway local database for trying idctl and for demos'
            cand jobs 'Batch jobs: list, show, cancel, resume, add workers, run what is due'
            cand keys 'Key lifecycle, census and checks'
            cand registry 'The registry of protected columns and personal data'
            cand data 'Protected values of one row, for support work'
            cand users 'Operators and users'
            cand deletion 'Deletion jobs: plan, schedule, run, hold, verify'
            cand privacy 'Data-subject exports and their verification'
            cand pq 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration'
            cand audit 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;db'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply the schema migrations compiled into idctl'
            cand check 'Check that a database has every table and column idctl''s commands rely on, with the right types'
            cand status 'Show the database, its server version, and the state of every migration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;db;migrate'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Show the migrations that would be applied; change nothing'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;db;check'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;db;status'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;db;help'= {
            cand migrate 'Apply the schema migrations compiled into idctl'
            cand check 'Check that a database has every table and column idctl''s commands rely on, with the right types'
            cand status 'Show the database, its server version, and the state of every migration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;db;help;migrate'= {
        }
        &'idctl;db;help;check'= {
        }
        &'idctl;db;help;status'= {
        }
        &'idctl;db;help;help'= {
        }
        &'idctl;dev'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
            cand seed 'Fill the database with realistic, internally consistent demo data: N users and their rows'
            cand bench 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
            cand bench-kem 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
            cand bench-sign 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;dev;up'= {
            cand --dir 'Directory for the cluster'
            cand --database 'Name of the database to create'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --url 'Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`)'
            cand --env 'Print shell `export` lines for DATABASE_URL and IDCTL_KEYRING (for `eval "$(idctl dev up -q --env)"`)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;down'= {
            cand --dir 'Directory of the cluster'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --keep 'Keep the cluster''s files (stop only)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;seed'= {
            cand --users 'Number of users to add'
            cand --seed 'Seed of the data generator'
            cand --batch 'Users generated and copied per chunk (memory grows with it)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --legacy 'Seal most orders'' customer data to a classical X25519-only policy (customer-legacy, bound to the column) and the rest to the hybrid X-Wing policy (customer), as data written before a post-quantum migration would be: `idctl pq status` then reports it, `idctl pq migrate` moves it'
            cand --allow-non-dev-database 'Seed a database that `idctl dev up` did not create (it carries no dev marker). Asks to type the database''s name (--yes answers for scripts)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;bench'= {
            cand --rows 'Users (and so user_profiles rows) to seed'
            cand --naive-sample 'Rows the naive client rewrites (extrapolated to all rows)'
            cand --dir 'Directory for the throwaway cluster (default: a new temporary directory)'
            cand --rotate-options 'Extra options passed to `keys rotate` (e.g. "--workers 4")'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --keep 'Keep the cluster running afterwards'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;bench-kem'= {
            cand --seconds 'How long each measurement runs, 1 to 60 seconds'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;bench-sign'= {
            cand --seconds 'How long each measurement runs, 1 to 60 seconds'
            cand --message-bytes 'Bytes per hashed message (the mean encoded audit row), 1 to 1 MiB'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;dev;help'= {
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
            cand seed 'Fill the database with realistic, internally consistent demo data: N users and their rows'
            cand bench 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
            cand bench-kem 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
            cand bench-sign 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;dev;help;up'= {
        }
        &'idctl;dev;help;down'= {
        }
        &'idctl;dev;help;seed'= {
        }
        &'idctl;dev;help;bench'= {
        }
        &'idctl;dev;help;bench-kem'= {
        }
        &'idctl;dev;help;bench-sign'= {
        }
        &'idctl;dev;help;help'= {
        }
        &'idctl;jobs'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
            cand show 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
            cand cancel 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
            cand resume 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
            cand work 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
            cand run-due 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;jobs;list'= {
            cand --limit 'At most this many jobs'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;show'= {
            cand --max-failed 'List at most this many failed rows'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;cancel'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;resume'= {
            cand --batch-size 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)'
            cand --target-batch-duration 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)'
            cand --max-rate 'At most this many rows per second (this process), 1 to 10000000'
            cand --max-replica-lag 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)'
            cand --workers 'Ranges this process works on at once, 1 to 64'
            cand --ranges 'Primary-key ranges per column (the units other workers can claim), 1 to 10000'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Resume even though a newer version of the basename was activated since the job started (that version is demoted)'
            cand --fixed-batch-size 'Keep --batch-size fixed'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;work'= {
            cand --batch-size 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)'
            cand --target-batch-duration 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)'
            cand --max-rate 'At most this many rows per second (this process), 1 to 10000000'
            cand --max-replica-lag 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)'
            cand --workers 'Ranges this process works on at once, 1 to 64'
            cand --ranges 'Primary-key ranges per column (the units other workers can claim), 1 to 10000'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --fixed-batch-size 'Keep --batch-size fixed'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;run-due'= {
            cand --max-duration 'Stop (checkpointed) after this long, e.g. 50m (1s to 30d)'
            cand --privacy-out-dir 'Also process the open data-subject requests (as `privacy requests process --due`), writing exports into this directory'
            cand --batch-size 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)'
            cand --target-batch-duration 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)'
            cand --max-rate 'At most this many rows per second (this process), 1 to 10000000'
            cand --max-replica-lag 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)'
            cand --workers 'Ranges this process works on at once, 1 to 64'
            cand --ranges 'Primary-key ranges per column (the units other workers can claim), 1 to 10000'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --audit-checkpoint 'Also sign the audit chain''s head (as `idctl audit checkpoint`) if entries were added since the last checkpoint. Needs permission audit.sign'
            cand --fixed-batch-size 'Keep --batch-size fixed'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;jobs;help'= {
            cand list 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
            cand show 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
            cand cancel 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
            cand resume 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
            cand work 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
            cand run-due 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;jobs;help;list'= {
        }
        &'idctl;jobs;help;show'= {
        }
        &'idctl;jobs;help;cancel'= {
        }
        &'idctl;jobs;help;resume'= {
        }
        &'idctl;jobs;help;work'= {
        }
        &'idctl;jobs;help;run-due'= {
        }
        &'idctl;jobs;help;help'= {
        }
        &'idctl;keys'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
            cand list 'List key versions (from crypto_keys), optionally of one basename'
            cand show 'Show a basename''s versions and where each is used, or one version (`profile:v2`)'
            cand activate 'Make a pending or decrypt-only version the active one (new writes use it)'
            cand retire 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
            cand destroy 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
            cand status 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version'
            cand plan 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
            cand rotate 'Rotate a key: move every value protected by it to a new key version'
            cand verify 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
            cand backup 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
            cand restore 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;keys;generate'= {
            cand --algorithm 'Algorithm of the key'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --activate 'Make the new version the active one'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;list'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;activate'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;retire'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Retire even though rows still reference the version (asks to type the key id)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;destroy'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Destroy even though rows still reference the version: their values become unreadable forever'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;status'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;plan'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;rotate'= {
            cand --to 'Rotate to this existing version (pending, active or decrypt-only), e.g. profile:v3'
            cand --retire-after 'Grace period before the old version is retired, so that application instances that cached it as the active key do not find it retired (0s: retire at once)'
            cand --schedule 'Do not rotate now: create the target version and a job that `idctl jobs run-due` runs at WHEN (RFC 3339 time, or a delay such as 30m)'
            cand --batch-size 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)'
            cand --target-batch-duration 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)'
            cand --max-rate 'At most this many rows per second (this process), 1 to 10000000'
            cand --max-replica-lag 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)'
            cand --workers 'Ranges this process works on at once, 1 to 64'
            cand --ranges 'Primary-key ranges per column (the units other workers can claim), 1 to 10000'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Show what the run would do (target, rows per column, time estimate) after checking every precondition the run checks; change nothing'
            cand --new-version 'Rotate again even though the last rotation of this basename completed'
            cand --retry-quarantined 'Try the rows earlier runs quarantined again (after fixing them)'
            cand --force 'Resume an unfinished job even though a newer version was activated since it started (that version is demoted)'
            cand --keep-old 'Leave the old versions decrypt-only instead of retiring them'
            cand --fixed-batch-size 'Keep --batch-size fixed'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;verify'= {
            cand --sample 'Check a random sample of this many rows per column (1 to 1000000)'
            cand --max-listed 'List at most this many failed rows per column'
            cand --batch-size 'Rows read per query with --all'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --all 'Check every row'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;backup'= {
            cand --recipient 'The recipient to seal to (default: the only post-quantum recipient there is)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;restore'= {
            cand --recipient-key 'The key file of the recipient the backup is sealed to'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;keys;help'= {
            cand generate 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
            cand list 'List key versions (from crypto_keys), optionally of one basename'
            cand show 'Show a basename''s versions and where each is used, or one version (`profile:v2`)'
            cand activate 'Make a pending or decrypt-only version the active one (new writes use it)'
            cand retire 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
            cand destroy 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
            cand status 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version'
            cand plan 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
            cand rotate 'Rotate a key: move every value protected by it to a new key version'
            cand verify 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
            cand backup 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
            cand restore 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;keys;help;generate'= {
        }
        &'idctl;keys;help;list'= {
        }
        &'idctl;keys;help;show'= {
        }
        &'idctl;keys;help;activate'= {
        }
        &'idctl;keys;help;retire'= {
        }
        &'idctl;keys;help;destroy'= {
        }
        &'idctl;keys;help;status'= {
        }
        &'idctl;keys;help;plan'= {
        }
        &'idctl;keys;help;rotate'= {
        }
        &'idctl;keys;help;verify'= {
        }
        &'idctl;keys;help;backup'= {
        }
        &'idctl;keys;help;restore'= {
        }
        &'idctl;keys;help;help'= {
        }
        &'idctl;registry'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted. `idctl db check` validates it against a live database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;registry;show'= {
            cand --part 'Only this part'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;registry;help'= {
            cand show 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted. `idctl db check` validates it against a live database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;registry;help;show'= {
        }
        &'idctl;registry;help;help'= {
        }
        &'idctl;data'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;data;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --decrypt 'Decrypt the values'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;data;help'= {
            cand show 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;data;help;show'= {
        }
        &'idctl;data;help;help'= {
        }
        &'idctl;users'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show a user: account state, roles and live grants of access'
            cand list 'List users, a page at a time'
            cand find 'Find users by email through the blind index'
            cand lock 'Lock users and cut off every grant of access they have'
            cand unlock 'Unlock users (nothing revoked comes back)'
            cand revoke-sessions 'Log users out everywhere, without locking them'
            cand grant 'Grant a role to a user, making it an operator'
            cand revoke 'Take a role from a user'
            cand roles 'Who holds which role'
            cand whoami 'The operator --actor resolves to, and what it may do'
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;users;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;list'= {
            cand --role 'Only users holding this role (account role or active grant)'
            cand --limit 'Page size'
            cand --after 'Start after this user id (the last id of the previous page)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --locked 'Only locked users'
            cand --inactive 'Only deactivated users'
            cand --deleted 'Only deleted users'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;find'= {
            cand --email 'The email address'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;lock'= {
            cand --reason 'Why (recorded in the audit trail)'
            cand --batch-size 'Users per transaction'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Show what would be locked and revoked; change nothing'
            cand --force 'Lock even yourself or the last operator who could unlock'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;unlock'= {
            cand --reason 'Why (recorded in the audit trail)'
            cand --batch-size 'Users per transaction'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --require-password-change 'Also require a new password at the next login'
            cand --dry-run 'Show what would be unlocked; change nothing'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;revoke-sessions'= {
            cand --reason 'Why (recorded in the audit trail)'
            cand --batch-size 'Users per transaction'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Show what would be revoked; change nothing'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;grant'= {
            cand --role 'The role (`idctl users roles` lists holders; roles: admin, key_operator, privacy_officer, support, auditor)'
            cand --expires 'When the grant ends: an RFC 3339 time (2027-01-31T00:00:00Z) or a duration from now (30d)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;revoke'= {
            cand --role 'The role'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Revoke even from the last operator who could manage users'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;roles'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --all 'Include grants that no longer apply'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;whoami'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;bootstrap-admin'= {
            cand --email 'The operator''s email address (looked up through the blind index by --actor)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;users;help'= {
            cand show 'Show a user: account state, roles and live grants of access'
            cand list 'List users, a page at a time'
            cand find 'Find users by email through the blind index'
            cand lock 'Lock users and cut off every grant of access they have'
            cand unlock 'Unlock users (nothing revoked comes back)'
            cand revoke-sessions 'Log users out everywhere, without locking them'
            cand grant 'Grant a role to a user, making it an operator'
            cand revoke 'Take a role from a user'
            cand roles 'Who holds which role'
            cand whoami 'The operator --actor resolves to, and what it may do'
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;users;help;show'= {
        }
        &'idctl;users;help;list'= {
        }
        &'idctl;users;help;find'= {
        }
        &'idctl;users;help;lock'= {
        }
        &'idctl;users;help;unlock'= {
        }
        &'idctl;users;help;revoke-sessions'= {
        }
        &'idctl;users;help;grant'= {
        }
        &'idctl;users;help;revoke'= {
        }
        &'idctl;users;help;roles'= {
        }
        &'idctl;users;help;whoami'= {
        }
        &'idctl;users;help;bootstrap-admin'= {
        }
        &'idctl;users;help;help'= {
        }
        &'idctl;deletion'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand schedule 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
            cand list 'List deletion jobs, newest first'
            cand show 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
            cand plan 'Show what a deletion job will do, as the database stands now (a dry run)'
            cand run 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
            cand cancel 'Cancel a deletion job that has not completed'
            cand hold 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
            cand release 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
            cand verify 'After a deletion completed: what remains of the entity, by table, and why it may remain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;deletion;schedule'= {
            cand --table 'Another entity the registry declares deletable (`deletable = true`), with --pk'
            cand --pk 'The entity''s primary key (with --table)'
            cand --at 'When the job becomes due: an RFC 3339 time (default: now)'
            cand --grace 'A grace period from now (30d, 12h) before the job becomes due'
            cand --reason 'Why (recorded with the job and in the audit log)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --hard 'Hard deletion: the tombstone goes too, and retained rows are purged when their retention ends. Needs confirmation when it runs'
            cand --force 'Schedule even yourself or the last operator'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;list'= {
            cand --status 'Only jobs in this status: scheduled, running, completed, failed, blocked, cancelled'
            cand --limit 'At most this many jobs'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;plan'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;run'= {
            cand --id 'Run this job'
            cand --max-duration 'Stop (checkpointed) after this long: 30m, 1h'
            cand --batch-size 'Rows per batch transaction'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --due 'Run every due job, oldest first'
            cand --accept-new-plan 'Run a job whose plan grew since it was scheduled, with the plan as it is now (recorded)'
            cand --force 'Run even if the subject is yourself or the last operator'
            cand --now 'With --id: run a job scheduled for later now (skip the rest of its grace period)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;cancel'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;hold'= {
            cand --reason 'Why (a case or ticket reference)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;release'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;verify'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;deletion;help'= {
            cand schedule 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
            cand list 'List deletion jobs, newest first'
            cand show 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
            cand plan 'Show what a deletion job will do, as the database stands now (a dry run)'
            cand run 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
            cand cancel 'Cancel a deletion job that has not completed'
            cand hold 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
            cand release 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
            cand verify 'After a deletion completed: what remains of the entity, by table, and why it may remain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;deletion;help;schedule'= {
        }
        &'idctl;deletion;help;list'= {
        }
        &'idctl;deletion;help;show'= {
        }
        &'idctl;deletion;help;plan'= {
        }
        &'idctl;deletion;help;run'= {
        }
        &'idctl;deletion;help;cancel'= {
        }
        &'idctl;deletion;help;hold'= {
        }
        &'idctl;deletion;help;release'= {
        }
        &'idctl;deletion;help;verify'= {
        }
        &'idctl;deletion;help;help'= {
        }
        &'idctl;privacy'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export everything the database holds about a user (GDPR access and portability)'
            cand verify-export 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
            cand requests 'Data-subject requests: record, list with deadlines, extend, process, reject'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;privacy;export'= {
            cand --out 'Where to write the archive (`-`: stdout, after it is complete)'
            cand --format 'Archive format'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Overwrite an existing file'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;verify-export'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --require-signature 'Fail (exit 65) if the manifest carries no valid signature'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))'
            cand list 'List data-subject requests, nearest deadline first, with their deadlines'
            cand show 'Show a data-subject request: status, deadline, extension, export or deletion job'
            cand extend 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))'
            cand process 'Process data-subject requests: exports for access and portability, deletion jobs for erasure'
            cand reject 'Reject a data-subject request, with the reason recorded'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;privacy;requests;create'= {
            cand --user 'The user (id or email)'
            cand --type 'access, portability, erasure, rectification, restriction or objection'
            cand --note 'A note (how the request arrived, a ticket reference)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;list'= {
            cand --status 'Only requests in this status: pending, in_progress, completed, rejected, cancelled'
            cand --due-within 'Only open requests due within this long (7d)'
            cand --limit 'At most this many'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --overdue 'Only open requests past their deadline'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;extend'= {
            cand --reason 'Why (complexity, number of requests): recorded and shown'
            cand --months 'By how many months (1 or 2)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;process'= {
            cand --id 'Process this request'
            cand --out-dir 'Where exports are written'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --due 'Process every open request, nearest deadline first'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;reject'= {
            cand --reason 'Why (recorded, and owed to the person)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;privacy;requests;help'= {
            cand create 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))'
            cand list 'List data-subject requests, nearest deadline first, with their deadlines'
            cand show 'Show a data-subject request: status, deadline, extension, export or deletion job'
            cand extend 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))'
            cand process 'Process data-subject requests: exports for access and portability, deletion jobs for erasure'
            cand reject 'Reject a data-subject request, with the reason recorded'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;privacy;requests;help;create'= {
        }
        &'idctl;privacy;requests;help;list'= {
        }
        &'idctl;privacy;requests;help;show'= {
        }
        &'idctl;privacy;requests;help;extend'= {
        }
        &'idctl;privacy;requests;help;process'= {
        }
        &'idctl;privacy;requests;help;reject'= {
        }
        &'idctl;privacy;requests;help;help'= {
        }
        &'idctl;privacy;help'= {
            cand export 'Export everything the database holds about a user (GDPR access and portability)'
            cand verify-export 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
            cand requests 'Data-subject requests: record, list with deadlines, extend, process, reject'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;privacy;help;export'= {
        }
        &'idctl;privacy;help;verify-export'= {
        }
        &'idctl;privacy;help;requests'= {
            cand create 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))'
            cand list 'List data-subject requests, nearest deadline first, with their deadlines'
            cand show 'Show a data-subject request: status, deadline, extension, export or deletion job'
            cand extend 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))'
            cand process 'Process data-subject requests: exports for access and portability, deletion jobs for erasure'
            cand reject 'Reject a data-subject request, with the reason recorded'
        }
        &'idctl;privacy;help;requests;create'= {
        }
        &'idctl;privacy;help;requests;list'= {
        }
        &'idctl;privacy;help;requests;show'= {
        }
        &'idctl;privacy;help;requests;extend'= {
        }
        &'idctl;privacy;help;requests;process'= {
        }
        &'idctl;privacy;help;requests;reject'= {
        }
        &'idctl;privacy;help;help'= {
        }
        &'idctl;pq'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand algorithms 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)'
            cand keys 'Recipient and signing keys: generate, list, show, activate, retire'
            cand policy 'Encryption policies: which recipients a sealed column''s values are wrapped to'
            cand status 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
            cand migrate 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
            cand jobs 'List post-quantum migration jobs, newest first'
            cand cancel 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
            cand resign 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;algorithms'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --vulnerable 'Only the quantum-vulnerable algorithms'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)'
            cand list 'List recipient key versions'
            cand show 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)'
            cand activate 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)'
            cand retire 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;keys;generate'= {
            cand --name 'The key''s name (a key basename of its own), e.g. customer_rcpt or audit_sig'
            cand --algorithm 'algorithm'
            cand --scope 'What a signing key signs: audit (checkpoints) or export (export manifests)'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --inactive 'Leave a signing key pending; `idctl pq keys activate` makes it sign'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys;list'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys;activate'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys;retire'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Retire it although values are still wrapped to it (they no longer open)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;keys;help'= {
            cand generate 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)'
            cand list 'List recipient key versions'
            cand show 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)'
            cand activate 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)'
            cand retire 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;keys;help;generate'= {
        }
        &'idctl;pq;keys;help;list'= {
        }
        &'idctl;pq;keys;help;show'= {
        }
        &'idctl;pq;keys;help;activate'= {
        }
        &'idctl;pq;keys;help;retire'= {
        }
        &'idctl;pq;keys;help;help'= {
        }
        &'idctl;pq;policy'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List encryption policies with their layers and bound columns'
            cand show 'Show one policy'
            cand create 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)'
            cand bind 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;policy;list'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;policy;show'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;policy;create'= {
            cand --mode 'mode'
            cand --layer 'A layer: ALGORITHM:RECIPIENT (x-wing:customer_rcpt), in order; 1 to 4'
            cand --aad-template 'Extra authenticated data bound to every value: a JSON object of strings, e.g. ''{"purpose":"customer-data"}'''
            cand --notes 'notes'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;policy;bind'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;policy;help'= {
            cand list 'List encryption policies with their layers and bound columns'
            cand show 'Show one policy'
            cand create 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)'
            cand bind 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;policy;help;list'= {
        }
        &'idctl;pq;policy;help;show'= {
        }
        &'idctl;pq;policy;help;create'= {
        }
        &'idctl;pq;policy;help;bind'= {
        }
        &'idctl;pq;policy;help;help'= {
        }
        &'idctl;pq;status'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;migrate'= {
            cand --policy 'The target policy'
            cand --scope 'Only these columns (TABLE.COLUMN, bound to the policy); repeatable'
            cand --batch-size 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)'
            cand --target-batch-duration 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)'
            cand --max-rate 'At most this many rows per second (this process), 1 to 10000000'
            cand --max-replica-lag 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)'
            cand --workers 'Ranges this process works on at once, 1 to 64'
            cand --ranges 'Primary-key ranges per column (the units other workers can claim), 1 to 10000'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Count what would move after every check; change nothing'
            cand --fixed-batch-size 'Keep --batch-size fixed'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;jobs'= {
            cand --limit 'At most this many jobs'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;cancel'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;resign'= {
            cand --from-algorithm 'Only signatures of this algorithm (repeatable; default: every quantum-vulnerable one)'
            cand --batch-size 'Signatures per transaction'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --dry-run 'Verify and count, write nothing'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;pq;help'= {
            cand algorithms 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)'
            cand keys 'Recipient and signing keys: generate, list, show, activate, retire'
            cand policy 'Encryption policies: which recipients a sealed column''s values are wrapped to'
            cand status 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
            cand migrate 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
            cand jobs 'List post-quantum migration jobs, newest first'
            cand cancel 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
            cand resign 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;pq;help;algorithms'= {
        }
        &'idctl;pq;help;keys'= {
            cand generate 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)'
            cand list 'List recipient key versions'
            cand show 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)'
            cand activate 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)'
            cand retire 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify'
        }
        &'idctl;pq;help;keys;generate'= {
        }
        &'idctl;pq;help;keys;list'= {
        }
        &'idctl;pq;help;keys;show'= {
        }
        &'idctl;pq;help;keys;activate'= {
        }
        &'idctl;pq;help;keys;retire'= {
        }
        &'idctl;pq;help;policy'= {
            cand list 'List encryption policies with their layers and bound columns'
            cand show 'Show one policy'
            cand create 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)'
            cand bind 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones'
        }
        &'idctl;pq;help;policy;list'= {
        }
        &'idctl;pq;help;policy;show'= {
        }
        &'idctl;pq;help;policy;create'= {
        }
        &'idctl;pq;help;policy;bind'= {
        }
        &'idctl;pq;help;status'= {
        }
        &'idctl;pq;help;migrate'= {
        }
        &'idctl;pq;help;jobs'= {
        }
        &'idctl;pq;help;cancel'= {
        }
        &'idctl;pq;help;resign'= {
        }
        &'idctl;pq;help;help'= {
        }
        &'idctl;audit'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
            cand checkpoint 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
            cand log 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;audit;verify'= {
            cand --from 'Start at this audit row (its chain entry, or the next one), trusting the chain before it'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;audit;checkpoint'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand --force 'Sign the head even if a checkpoint already covers it'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;audit;log'= {
            cand --actor-id 'Only rows written by this user id'
            cand --table 'Only rows about this table'
            cand --since 'Only rows at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h)'
            cand --before 'Only rows with an id below this one (the next page)'
            cand --limit 'At most this many rows'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;audit;help'= {
            cand verify 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
            cand checkpoint 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
            cand log 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;audit;help;verify'= {
        }
        &'idctl;audit;help;checkpoint'= {
        }
        &'idctl;audit;help;log'= {
        }
        &'idctl;audit;help;help'= {
        }
        &'idctl;completions'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand --registry 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection (1ms to 1h)'
            cand --lock-timeout 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock'
            cand --statement-timeout 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --reconnect-timeout 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand --verbose 'Print more on stderr (-v: details and causes, -vv: debug log)'
            cand -y 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand --yes 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'idctl;help'= {
            cand db 'The schema: migrations, status, compatibility check'
            cand dev 'A throwaway local database for trying idctl and for demos'
            cand jobs 'Batch jobs: list, show, cancel, resume, add workers, run what is due'
            cand keys 'Key lifecycle, census and checks'
            cand registry 'The registry of protected columns and personal data'
            cand data 'Protected values of one row, for support work'
            cand users 'Operators and users'
            cand deletion 'Deletion jobs: plan, schedule, run, hold, verify'
            cand privacy 'Data-subject exports and their verification'
            cand pq 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration'
            cand audit 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;help;db'= {
            cand migrate 'Apply the schema migrations compiled into idctl'
            cand check 'Check that a database has every table and column idctl''s commands rely on, with the right types'
            cand status 'Show the database, its server version, and the state of every migration'
        }
        &'idctl;help;db;migrate'= {
        }
        &'idctl;help;db;check'= {
        }
        &'idctl;help;db;status'= {
        }
        &'idctl;help;dev'= {
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
            cand seed 'Fill the database with realistic, internally consistent demo data: N users and their rows'
            cand bench 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
            cand bench-kem 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
            cand bench-sign 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
        }
        &'idctl;help;dev;up'= {
        }
        &'idctl;help;dev;down'= {
        }
        &'idctl;help;dev;seed'= {
        }
        &'idctl;help;dev;bench'= {
        }
        &'idctl;help;dev;bench-kem'= {
        }
        &'idctl;help;dev;bench-sign'= {
        }
        &'idctl;help;jobs'= {
            cand list 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
            cand show 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
            cand cancel 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
            cand resume 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
            cand work 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
            cand run-due 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
        }
        &'idctl;help;jobs;list'= {
        }
        &'idctl;help;jobs;show'= {
        }
        &'idctl;help;jobs;cancel'= {
        }
        &'idctl;help;jobs;resume'= {
        }
        &'idctl;help;jobs;work'= {
        }
        &'idctl;help;jobs;run-due'= {
        }
        &'idctl;help;keys'= {
            cand generate 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
            cand list 'List key versions (from crypto_keys), optionally of one basename'
            cand show 'Show a basename''s versions and where each is used, or one version (`profile:v2`)'
            cand activate 'Make a pending or decrypt-only version the active one (new writes use it)'
            cand retire 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
            cand destroy 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
            cand status 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version'
            cand plan 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
            cand rotate 'Rotate a key: move every value protected by it to a new key version'
            cand verify 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
            cand backup 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
            cand restore 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
        }
        &'idctl;help;keys;generate'= {
        }
        &'idctl;help;keys;list'= {
        }
        &'idctl;help;keys;show'= {
        }
        &'idctl;help;keys;activate'= {
        }
        &'idctl;help;keys;retire'= {
        }
        &'idctl;help;keys;destroy'= {
        }
        &'idctl;help;keys;status'= {
        }
        &'idctl;help;keys;plan'= {
        }
        &'idctl;help;keys;rotate'= {
        }
        &'idctl;help;keys;verify'= {
        }
        &'idctl;help;keys;backup'= {
        }
        &'idctl;help;keys;restore'= {
        }
        &'idctl;help;registry'= {
            cand show 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted. `idctl db check` validates it against a live database'
        }
        &'idctl;help;registry;show'= {
        }
        &'idctl;help;data'= {
            cand show 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value'
        }
        &'idctl;help;data;show'= {
        }
        &'idctl;help;users'= {
            cand show 'Show a user: account state, roles and live grants of access'
            cand list 'List users, a page at a time'
            cand find 'Find users by email through the blind index'
            cand lock 'Lock users and cut off every grant of access they have'
            cand unlock 'Unlock users (nothing revoked comes back)'
            cand revoke-sessions 'Log users out everywhere, without locking them'
            cand grant 'Grant a role to a user, making it an operator'
            cand revoke 'Take a role from a user'
            cand roles 'Who holds which role'
            cand whoami 'The operator --actor resolves to, and what it may do'
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
        }
        &'idctl;help;users;show'= {
        }
        &'idctl;help;users;list'= {
        }
        &'idctl;help;users;find'= {
        }
        &'idctl;help;users;lock'= {
        }
        &'idctl;help;users;unlock'= {
        }
        &'idctl;help;users;revoke-sessions'= {
        }
        &'idctl;help;users;grant'= {
        }
        &'idctl;help;users;revoke'= {
        }
        &'idctl;help;users;roles'= {
        }
        &'idctl;help;users;whoami'= {
        }
        &'idctl;help;users;bootstrap-admin'= {
        }
        &'idctl;help;deletion'= {
            cand schedule 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
            cand list 'List deletion jobs, newest first'
            cand show 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
            cand plan 'Show what a deletion job will do, as the database stands now (a dry run)'
            cand run 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
            cand cancel 'Cancel a deletion job that has not completed'
            cand hold 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
            cand release 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
            cand verify 'After a deletion completed: what remains of the entity, by table, and why it may remain'
        }
        &'idctl;help;deletion;schedule'= {
        }
        &'idctl;help;deletion;list'= {
        }
        &'idctl;help;deletion;show'= {
        }
        &'idctl;help;deletion;plan'= {
        }
        &'idctl;help;deletion;run'= {
        }
        &'idctl;help;deletion;cancel'= {
        }
        &'idctl;help;deletion;hold'= {
        }
        &'idctl;help;deletion;release'= {
        }
        &'idctl;help;deletion;verify'= {
        }
        &'idctl;help;privacy'= {
            cand export 'Export everything the database holds about a user (GDPR access and portability)'
            cand verify-export 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
            cand requests 'Data-subject requests: record, list with deadlines, extend, process, reject'
        }
        &'idctl;help;privacy;export'= {
        }
        &'idctl;help;privacy;verify-export'= {
        }
        &'idctl;help;privacy;requests'= {
            cand create 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))'
            cand list 'List data-subject requests, nearest deadline first, with their deadlines'
            cand show 'Show a data-subject request: status, deadline, extension, export or deletion job'
            cand extend 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))'
            cand process 'Process data-subject requests: exports for access and portability, deletion jobs for erasure'
            cand reject 'Reject a data-subject request, with the reason recorded'
        }
        &'idctl;help;privacy;requests;create'= {
        }
        &'idctl;help;privacy;requests;list'= {
        }
        &'idctl;help;privacy;requests;show'= {
        }
        &'idctl;help;privacy;requests;extend'= {
        }
        &'idctl;help;privacy;requests;process'= {
        }
        &'idctl;help;privacy;requests;reject'= {
        }
        &'idctl;help;pq'= {
            cand algorithms 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)'
            cand keys 'Recipient and signing keys: generate, list, show, activate, retire'
            cand policy 'Encryption policies: which recipients a sealed column''s values are wrapped to'
            cand status 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
            cand migrate 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
            cand jobs 'List post-quantum migration jobs, newest first'
            cand cancel 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
            cand resign 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
        }
        &'idctl;help;pq;algorithms'= {
        }
        &'idctl;help;pq;keys'= {
            cand generate 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)'
            cand list 'List recipient key versions'
            cand show 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)'
            cand activate 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)'
            cand retire 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify'
        }
        &'idctl;help;pq;keys;generate'= {
        }
        &'idctl;help;pq;keys;list'= {
        }
        &'idctl;help;pq;keys;show'= {
        }
        &'idctl;help;pq;keys;activate'= {
        }
        &'idctl;help;pq;keys;retire'= {
        }
        &'idctl;help;pq;policy'= {
            cand list 'List encryption policies with their layers and bound columns'
            cand show 'Show one policy'
            cand create 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)'
            cand bind 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones'
        }
        &'idctl;help;pq;policy;list'= {
        }
        &'idctl;help;pq;policy;show'= {
        }
        &'idctl;help;pq;policy;create'= {
        }
        &'idctl;help;pq;policy;bind'= {
        }
        &'idctl;help;pq;status'= {
        }
        &'idctl;help;pq;migrate'= {
        }
        &'idctl;help;pq;jobs'= {
        }
        &'idctl;help;pq;cancel'= {
        }
        &'idctl;help;pq;resign'= {
        }
        &'idctl;help;audit'= {
            cand verify 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
            cand checkpoint 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
            cand log 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
        }
        &'idctl;help;audit;verify'= {
        }
        &'idctl;help;audit;checkpoint'= {
        }
        &'idctl;help;audit;log'= {
        }
        &'idctl;help;completions'= {
        }
        &'idctl;help;help'= {
        }
    ]
    $completions[$command]
}

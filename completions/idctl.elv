
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand users 'Operators and users'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;db'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;dev;up'= {
            cand --dir 'Directory for the cluster'
            cand --database 'Name of the database to create'
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
            cand --url 'Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`)'
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
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
        &'idctl;dev;help'= {
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;dev;help;up'= {
        }
        &'idctl;dev;help;down'= {
        }
        &'idctl;dev;help;help'= {
        }
        &'idctl;users'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;users;bootstrap-admin'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'idctl;users;help;bootstrap-admin'= {
        }
        &'idctl;users;help;help'= {
        }
        &'idctl;completions'= {
            cand --database-url 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)'
            cand --actor 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data'
            cand --keyring 'Directory holding the key files (one file per key version, mode 0600)'
            cand -o 'Output format for data written to stdout'
            cand --output 'Output format for data written to stdout'
            cand --color 'When to use colours on stderr (NO_COLOR in the environment means never)'
            cand --connect-timeout 'How long to wait for the database connection'
            cand --lock-timeout 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic'
            cand --statement-timeout 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given'
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
            cand users 'Operators and users'
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
            cand up 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL'
            cand down 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)'
        }
        &'idctl;help;dev;up'= {
        }
        &'idctl;help;dev;down'= {
        }
        &'idctl;help;users'= {
            cand bootstrap-admin 'Create the very first operator, with the `admin` role'
        }
        &'idctl;help;users;bootstrap-admin'= {
        }
        &'idctl;help;completions'= {
        }
        &'idctl;help;help'= {
        }
    ]
    $completions[$command]
}


using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'idctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'idctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'idctl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The schema: migrations, status, compatibility check')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'A throwaway local database for trying idctl and for demos')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Operators and users')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply the schema migrations compiled into idctl')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that a database has every table and column idctl''s commands rely on, with the right types')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the database, its server version, and the state of every migration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;db;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the migrations that would be applied; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;db;check' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply the schema migrations compiled into idctl')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that a database has every table and column idctl''s commands rely on, with the right types')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the database, its server version, and the state of every migration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;db;help;migrate' {
            break
        }
        'idctl;db;help;check' {
            break
        }
        'idctl;db;help;status' {
            break
        }
        'idctl;db;help;help' {
            break
        }
        'idctl;dev' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;dev;up' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for the cluster')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of the database to create')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;dev;down' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory of the cluster')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the cluster''s files (stop only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;dev;help' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;dev;help;up' {
            break
        }
        'idctl;dev;help;down' {
            break
        }
        'idctl;dev;help;help' {
            break
        }
        'idctl;users' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;users;bootstrap-admin' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;users;help' {
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;users;help;bootstrap-admin' {
            break
        }
        'idctl;users;help;help' {
            break
        }
        'idctl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock before giving up (then: exit 75). Keeps idctl from queueing behind, and blocking, the application''s traffic')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr (-v: details and causes, -vv: debug log)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Needed to run destructive commands without a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idctl;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The schema: migrations, status, compatibility check')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'A throwaway local database for trying idctl and for demos')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Operators and users')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply the schema migrations compiled into idctl')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that a database has every table and column idctl''s commands rely on, with the right types')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the database, its server version, and the state of every migration')
            break
        }
        'idctl;help;db;migrate' {
            break
        }
        'idctl;help;db;check' {
            break
        }
        'idctl;help;db;status' {
            break
        }
        'idctl;help;dev' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it (with --keep: stop only)')
            break
        }
        'idctl;help;dev;up' {
            break
        }
        'idctl;help;dev;down' {
            break
        }
        'idctl;help;users' {
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            break
        }
        'idctl;help;users;bootstrap-admin' {
            break
        }
        'idctl;help;completions' {
            break
        }
        'idctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

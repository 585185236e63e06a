
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Batch jobs: list, show, cancel, resume, add workers, run what is due')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Key lifecycle, census and checks')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'The registry of protected columns and personal data')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Protected values of one row, for support work')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Operators and users')
            [CompletionResult]::new('deletion', 'deletion', [CompletionResultType]::ParameterValue, 'Deletion jobs: plan, schedule, run, hold, verify')
            [CompletionResult]::new('privacy', 'privacy', [CompletionResultType]::ParameterValue, 'Data-subject exports and their verification')
            [CompletionResult]::new('pq', 'pq', [CompletionResultType]::ParameterValue, 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Named contexts (database, keyring, actor, registry under one name): list, show, use')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what an operator checks before a rotation, and say what to fix. Changes nothing')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the migrations that would be applied; change nothing')
            [CompletionResult]::new('--bookkeeping', '--bookkeeping', [CompletionResultType]::ParameterName, 'Install only idctl''s bookkeeping tables, in the schema the registry''s [bookkeeping] names (refused when the registry has none, rather than installing the full schema)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill the database with realistic, internally consistent demo data: N users and their rows')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md')
            [CompletionResult]::new('bench-kem', 'bench-kem', [CompletionResultType]::ParameterValue, 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written')
            [CompletionResult]::new('bench-sign', 'bench-sign', [CompletionResultType]::ParameterValue, 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;dev;up' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for the cluster')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Name of the database to create')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Print shell `export` lines for DATABASE_URL and IDCTL_KEYRING (for `eval "$(idctl dev up -q --env)"`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the cluster''s files (stop only)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;dev;seed' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Number of users to add')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the data generator')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Users generated and copied per chunk (memory grows with it)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Seal most orders'' customer data to a classical X25519-only policy (customer-legacy, bound to the column) and the rest to the hybrid X-Wing policy (customer), as data written before a post-quantum migration would be: `idctl pq status` then reports it, `idctl pq migrate` moves it')
            [CompletionResult]::new('--profiles-only', '--profiles-only', [CompletionResultType]::ParameterName, 'Only users and their profiles (no orders, sessions, events, consents, subscriptions, second factors, tokens or links): what the rotation benchmark rewrites, several times faster to seed')
            [CompletionResult]::new('--allow-non-dev-database', '--allow-non-dev-database', [CompletionResultType]::ParameterName, 'Seed a database that `idctl dev up` did not create (it carries no dev marker). Asks to type the database''s name (--yes answers for scripts)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;dev;bench' {
            [CompletionResult]::new('--rows', '--rows', [CompletionResultType]::ParameterName, 'Users (and so user_profiles rows) to seed')
            [CompletionResult]::new('--naive-sample', '--naive-sample', [CompletionResultType]::ParameterName, 'Rows the naive client rewrites (extrapolated to all rows)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for the throwaway cluster (default: a new temporary directory)')
            [CompletionResult]::new('--rotate-options', '--rotate-options', [CompletionResultType]::ParameterName, 'Extra options passed to `keys rotate` (e.g. "--workers 4")')
            [CompletionResult]::new('--rounds', '--rounds', [CompletionResultType]::ParameterName, 'Measure the floor, the read-out and the rotation this many times, back to back in each round (both tables vacuumed between rounds), and report the median of the rounds'' ratios')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the cluster running afterwards, and its keyring (beside the cluster''s directory, as `<dir>.keyring`), so that more rotations can be measured on the same data')
            [CompletionResult]::new('--profiles-only', '--profiles-only', [CompletionResultType]::ParameterName, 'Seed only users and their profiles (`dev seed --profiles-only`): the same rows for the floor and the rotation, a smaller database around them, and a 5M-row seed in minutes instead of half an hour')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;dev;bench-kem' {
            [CompletionResult]::new('--seconds', '--seconds', [CompletionResultType]::ParameterName, 'How long each measurement runs, 1 to 60 seconds')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;dev;bench-sign' {
            [CompletionResult]::new('--seconds', '--seconds', [CompletionResultType]::ParameterName, 'How long each measurement runs, 1 to 60 seconds')
            [CompletionResult]::new('--message-bytes', '--message-bytes', [CompletionResultType]::ParameterName, 'Bytes per hashed message (the mean encoded audit row), 1 to 1 MiB')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill the database with realistic, internally consistent demo data: N users and their rows')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md')
            [CompletionResult]::new('bench-kem', 'bench-kem', [CompletionResultType]::ParameterValue, 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written')
            [CompletionResult]::new('bench-sign', 'bench-sign', [CompletionResultType]::ParameterValue, 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;dev;help;up' {
            break
        }
        'idctl;dev;help;down' {
            break
        }
        'idctl;dev;help;seed' {
            break
        }
        'idctl;dev;help;bench' {
            break
        }
        'idctl;dev;help;bench-kem' {
            break
        }
        'idctl;dev;help;bench-sign' {
            break
        }
        'idctl;dev;help;help' {
            break
        }
        'idctl;jobs' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run')
            [CompletionResult]::new('run-due', 'run-due', [CompletionResultType]::ParameterValue, 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;jobs;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many jobs')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --watch looks again (1s to 1h)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;show' {
            [CompletionResult]::new('--max-failed', '--max-failed', [CompletionResultType]::ParameterName, 'List at most this many failed rows')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --watch looks again (1s to 1h)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;cancel' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;resume' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)')
            [CompletionResult]::new('--target-batch-duration', '--target-batch-duration', [CompletionResultType]::ParameterName, 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight')
            [CompletionResult]::new('--max-replica-lag', '--max-replica-lag', [CompletionResultType]::ParameterName, 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Ranges this process works on at once, 1 to 64')
            [CompletionResult]::new('--ranges', '--ranges', [CompletionResultType]::ParameterName, 'Primary-key ranges per column (the units other workers can claim), 1 to 10000')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Resume even though a newer version of the basename was activated since the job started (that version is demoted)')
            [CompletionResult]::new('--fixed-batch-size', '--fixed-batch-size', [CompletionResultType]::ParameterName, 'Keep --batch-size fixed')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;work' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)')
            [CompletionResult]::new('--target-batch-duration', '--target-batch-duration', [CompletionResultType]::ParameterName, 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight')
            [CompletionResult]::new('--max-replica-lag', '--max-replica-lag', [CompletionResultType]::ParameterName, 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Ranges this process works on at once, 1 to 64')
            [CompletionResult]::new('--ranges', '--ranges', [CompletionResultType]::ParameterName, 'Primary-key ranges per column (the units other workers can claim), 1 to 10000')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--fixed-batch-size', '--fixed-batch-size', [CompletionResultType]::ParameterName, 'Keep --batch-size fixed')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;run-due' {
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop (checkpointed) after this long, e.g. 50m (1s to 30d)')
            [CompletionResult]::new('--privacy-out-dir', '--privacy-out-dir', [CompletionResultType]::ParameterName, 'Also process the open data-subject requests (as `privacy requests process --due`), writing exports into this directory')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)')
            [CompletionResult]::new('--target-batch-duration', '--target-batch-duration', [CompletionResultType]::ParameterName, 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight')
            [CompletionResult]::new('--max-replica-lag', '--max-replica-lag', [CompletionResultType]::ParameterName, 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Ranges this process works on at once, 1 to 64')
            [CompletionResult]::new('--ranges', '--ranges', [CompletionResultType]::ParameterName, 'Primary-key ranges per column (the units other workers can claim), 1 to 10000')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--audit-checkpoint', '--audit-checkpoint', [CompletionResultType]::ParameterName, 'Also sign the audit chain''s head (as `idctl audit checkpoint`) if entries were added since the last checkpoint. Needs permission audit.sign')
            [CompletionResult]::new('--fixed-batch-size', '--fixed-batch-size', [CompletionResultType]::ParameterName, 'Keep --batch-size fixed')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;jobs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run')
            [CompletionResult]::new('run-due', 'run-due', [CompletionResultType]::ParameterValue, 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;jobs;help;list' {
            break
        }
        'idctl;jobs;help;show' {
            break
        }
        'idctl;jobs;help;cancel' {
            break
        }
        'idctl;jobs;help;resume' {
            break
        }
        'idctl;jobs;help;work' {
            break
        }
        'idctl;jobs;help;run-due' {
            break
        }
        'idctl;jobs;help;help' {
            break
        }
        'idctl;keys' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key versions (from crypto_keys), optionally of one basename')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a basename''s versions and where each is used, or one version (`profile:v2`)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a pending or decrypt-only version the active one (new writes use it)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate a key: move every value protected by it to a new key version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt stored values and report, per table and column, how many succeed and which fail and why')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;keys;generate' {
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Algorithm of the key')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--activate', '--activate', [CompletionResultType]::ParameterName, 'Make the new version the active one')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events (1 to 100000)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--rows', '--rows', [CompletionResultType]::ParameterName, 'Also list per-row events (row_failed)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;activate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;retire' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Retire even though rows still reference the version (asks to type the key id)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;destroy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Destroy even though rows still reference the version: their values become unreadable forever')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;status' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --watch looks again (1s to 1h)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;plan' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;rotate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Rotate to this existing version (pending, active or decrypt-only), e.g. profile:v3')
            [CompletionResult]::new('--retire-after', '--retire-after', [CompletionResultType]::ParameterName, 'Grace period before the old version is retired, so that application instances that cached it as the active key do not find it retired (0s: retire at once)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'Do not rotate now: create the target version and a job that `idctl jobs run-due` runs at WHEN (RFC 3339 time, or a delay such as 30m)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)')
            [CompletionResult]::new('--target-batch-duration', '--target-batch-duration', [CompletionResultType]::ParameterName, 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight')
            [CompletionResult]::new('--max-replica-lag', '--max-replica-lag', [CompletionResultType]::ParameterName, 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Ranges this process works on at once, 1 to 64')
            [CompletionResult]::new('--ranges', '--ranges', [CompletionResultType]::ParameterName, 'Primary-key ranges per column (the units other workers can claim), 1 to 10000')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what the run would do (target, rows per column, time estimate) after checking every precondition the run checks; change nothing')
            [CompletionResult]::new('--new-version', '--new-version', [CompletionResultType]::ParameterName, 'Rotate again even though the last rotation of this basename completed')
            [CompletionResult]::new('--retry-quarantined', '--retry-quarantined', [CompletionResultType]::ParameterName, 'Try the rows earlier runs quarantined again (after fixing them)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Resume an unfinished job even though a newer version was activated since it started (that version is demoted)')
            [CompletionResult]::new('--keep-old', '--keep-old', [CompletionResultType]::ParameterName, 'Leave the old versions decrypt-only instead of retiring them')
            [CompletionResult]::new('--fixed-batch-size', '--fixed-batch-size', [CompletionResultType]::ParameterName, 'Keep --batch-size fixed')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;verify' {
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Check a random sample of this many rows per column (1 to 1000000)')
            [CompletionResult]::new('--max-listed', '--max-listed', [CompletionResultType]::ParameterName, 'List at most this many failed rows per column')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows read per query with --all')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Check every row')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;backup' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'The recipient to seal to (default: the only post-quantum recipient there is)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;restore' {
            [CompletionResult]::new('--recipient-key', '--recipient-key', [CompletionResultType]::ParameterName, 'The key file of the recipient the backup is sealed to')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;keys;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key versions (from crypto_keys), optionally of one basename')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a basename''s versions and where each is used, or one version (`profile:v2`)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a pending or decrypt-only version the active one (new writes use it)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate a key: move every value protected by it to a new key version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt stored values and report, per table and column, how many succeed and which fail and why')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;keys;help;generate' {
            break
        }
        'idctl;keys;help;list' {
            break
        }
        'idctl;keys;help;show' {
            break
        }
        'idctl;keys;help;history' {
            break
        }
        'idctl;keys;help;activate' {
            break
        }
        'idctl;keys;help;retire' {
            break
        }
        'idctl;keys;help;destroy' {
            break
        }
        'idctl;keys;help;status' {
            break
        }
        'idctl;keys;help;plan' {
            break
        }
        'idctl;keys;help;rotate' {
            break
        }
        'idctl;keys;help;verify' {
            break
        }
        'idctl;keys;help;backup' {
            break
        }
        'idctl;keys;help;restore' {
            break
        }
        'idctl;keys;help;help' {
            break
        }
        'idctl;registry' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;registry;show' {
            [CompletionResult]::new('--part', '--part', [CompletionResultType]::ParameterName, 'Only this part')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;registry;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;registry;help;show' {
            break
        }
        'idctl;registry;help;help' {
            break
        }
        'idctl;data' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;data;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--decrypt', '--decrypt', [CompletionResultType]::ParameterName, 'Decrypt the values')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;data;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;data;help;show' {
            break
        }
        'idctl;data;help;help' {
            break
        }
        'idctl;users' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user: account state, roles and live grants of access')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, a page at a time')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find users by email through the blind index')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock users and cut off every grant of access they have')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock users (nothing revoked comes back)')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'Log users out everywhere, without locking them')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a user, making it an operator')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Who holds which role')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The operator --actor resolves to, and what it may do')
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;users;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users holding this role (account role or active grant)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Page size')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this user id (the last id of the previous page)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only locked users')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only deactivated users')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Only deleted users')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;find' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The email address')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;lock' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded in the audit trail)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Users per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be locked and revoked; change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Lock even yourself or the last operator who could unlock')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;unlock' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded in the audit trail)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Users per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--require-password-change', '--require-password-change', [CompletionResultType]::ParameterName, 'Also require a new password at the next login')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be unlocked; change nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;revoke-sessions' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded in the audit trail)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Users per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be revoked; change nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;grant' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role (`idctl users roles` lists holders; roles: admin, key_operator, privacy_officer, support, auditor)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the grant ends: an RFC 3339 time (2027-01-31T00:00:00Z) or a duration from now (30d)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;revoke' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Revoke even from the last operator who could manage users')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;roles' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include grants that no longer apply')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;whoami' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;users;bootstrap-admin' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The operator''s email address (looked up through the blind index by --actor)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user: account state, roles and live grants of access')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, a page at a time')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find users by email through the blind index')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock users and cut off every grant of access they have')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock users (nothing revoked comes back)')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'Log users out everywhere, without locking them')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a user, making it an operator')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Who holds which role')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The operator --actor resolves to, and what it may do')
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;users;help;show' {
            break
        }
        'idctl;users;help;list' {
            break
        }
        'idctl;users;help;find' {
            break
        }
        'idctl;users;help;lock' {
            break
        }
        'idctl;users;help;unlock' {
            break
        }
        'idctl;users;help;revoke-sessions' {
            break
        }
        'idctl;users;help;grant' {
            break
        }
        'idctl;users;help;revoke' {
            break
        }
        'idctl;users;help;roles' {
            break
        }
        'idctl;users;help;whoami' {
            break
        }
        'idctl;users;help;bootstrap-admin' {
            break
        }
        'idctl;users;help;help' {
            break
        }
        'idctl;deletion' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule the deletion of a user (or of another deletable entity) and show its plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deletion jobs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deletion job: status, plan, checkpoint, hold, runner and result')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what a deletion job will do, as the database stands now (a dry run)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a deletion job (--id) or every job whose time has come (--due, for cron)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a deletion job that has not completed')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'After a deletion completed: what remains of the entity, by table, and why it may remain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;deletion;schedule' {
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Another entity the registry declares deletable (`deletable = true`), with --pk')
            [CompletionResult]::new('--pk', '--pk', [CompletionResultType]::ParameterName, 'The entity''s primary key (with --table)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the job becomes due: an RFC 3339 time (default: now)')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'A grace period from now (30d, 12h) before the job becomes due')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded with the job and in the audit log)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--hard', '--hard', [CompletionResultType]::ParameterName, 'Hard deletion: the tombstone goes too, and retained rows are purged when their retention ends. Needs confirmation when it runs')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Schedule even yourself or the last operator')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only jobs in this status: scheduled, running, completed, failed, blocked, cancelled')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many jobs')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;plan' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;run' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Run this job')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop (checkpointed) after this long: 30m, 1h')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Run every due job, oldest first')
            [CompletionResult]::new('--accept-new-plan', '--accept-new-plan', [CompletionResultType]::ParameterName, 'Run a job whose plan grew since it was scheduled, with the plan as it is now (recorded)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Run even if the subject is yourself or the last operator')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'With --id: run a job scheduled for later now (skip the rest of its grace period)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;cancel' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;hold' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (a case or ticket reference)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;release' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;verify' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;deletion;help' {
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule the deletion of a user (or of another deletable entity) and show its plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deletion jobs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deletion job: status, plan, checkpoint, hold, runner and result')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what a deletion job will do, as the database stands now (a dry run)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a deletion job (--id) or every job whose time has come (--due, for cron)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a deletion job that has not completed')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'After a deletion completed: what remains of the entity, by table, and why it may remain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;deletion;help;schedule' {
            break
        }
        'idctl;deletion;help;list' {
            break
        }
        'idctl;deletion;help;show' {
            break
        }
        'idctl;deletion;help;plan' {
            break
        }
        'idctl;deletion;help;run' {
            break
        }
        'idctl;deletion;help;cancel' {
            break
        }
        'idctl;deletion;help;hold' {
            break
        }
        'idctl;deletion;help;release' {
            break
        }
        'idctl;deletion;help;verify' {
            break
        }
        'idctl;deletion;help;help' {
            break
        }
        'idctl;privacy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything the database holds about a user (GDPR access and portability)')
            [CompletionResult]::new('verify-export', 'verify-export', [CompletionResultType]::ParameterValue, 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Data-subject requests: record, list with deadlines, extend, process, reject')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;privacy;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the archive (`-`: stdout, after it is complete)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Archive format')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;verify-export' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--require-signature', '--require-signature', [CompletionResultType]::ParameterName, 'Fail (exit 65) if the manifest carries no valid signature')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List data-subject requests, nearest deadline first, with their deadlines')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a data-subject request: status, deadline, extension, export or deletion job')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Process data-subject requests: exports for access and portability, deletion jobs for erasure')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a data-subject request, with the reason recorded')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;privacy;requests;create' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (id or email)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'access, portability, erasure, rectification, restriction or objection')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (how the request arrived, a ticket reference)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only requests in this status: pending, in_progress, completed, rejected, cancelled')
            [CompletionResult]::new('--due-within', '--due-within', [CompletionResultType]::ParameterName, 'Only open requests due within this long (7d)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open requests past their deadline')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;extend' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (complexity, number of requests): recorded and shown')
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'By how many months (1 or 2)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;process' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Process this request')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Where exports are written')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Process every open request, nearest deadline first')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded, and owed to the person)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;privacy;requests;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List data-subject requests, nearest deadline first, with their deadlines')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a data-subject request: status, deadline, extension, export or deletion job')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Process data-subject requests: exports for access and portability, deletion jobs for erasure')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a data-subject request, with the reason recorded')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;privacy;requests;help;create' {
            break
        }
        'idctl;privacy;requests;help;list' {
            break
        }
        'idctl;privacy;requests;help;show' {
            break
        }
        'idctl;privacy;requests;help;extend' {
            break
        }
        'idctl;privacy;requests;help;process' {
            break
        }
        'idctl;privacy;requests;help;reject' {
            break
        }
        'idctl;privacy;requests;help;help' {
            break
        }
        'idctl;privacy;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything the database holds about a user (GDPR access and portability)')
            [CompletionResult]::new('verify-export', 'verify-export', [CompletionResultType]::ParameterValue, 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Data-subject requests: record, list with deadlines, extend, process, reject')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;privacy;help;export' {
            break
        }
        'idctl;privacy;help;verify-export' {
            break
        }
        'idctl;privacy;help;requests' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List data-subject requests, nearest deadline first, with their deadlines')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a data-subject request: status, deadline, extension, export or deletion job')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Process data-subject requests: exports for access and portability, deletion jobs for erasure')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a data-subject request, with the reason recorded')
            break
        }
        'idctl;privacy;help;requests;create' {
            break
        }
        'idctl;privacy;help;requests;list' {
            break
        }
        'idctl;privacy;help;requests;show' {
            break
        }
        'idctl;privacy;help;requests;extend' {
            break
        }
        'idctl;privacy;help;requests;process' {
            break
        }
        'idctl;privacy;help;requests;reject' {
            break
        }
        'idctl;privacy;help;help' {
            break
        }
        'idctl;pq' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('algorithms', 'algorithms', [CompletionResultType]::ParameterValue, 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Recipient and signing keys: generate, list, show, activate, retire')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Encryption policies: which recipients a sealed column''s values are wrapped to')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List post-quantum migration jobs, newest first')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;algorithms' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--vulnerable', '--vulnerable', [CompletionResultType]::ParameterName, 'Only the quantum-vulnerable algorithms')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recipient key versions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;keys;generate' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The key''s name (a key basename of its own), e.g. customer_rcpt or audit_sig')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'algorithm')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'What a signing key signs: audit (checkpoints) or export (export manifests)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Leave a signing key pending; `idctl pq keys activate` makes it sign')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys;activate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys;retire' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Retire it although values are still wrapped to it (they no longer open)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;keys;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recipient key versions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;keys;help;generate' {
            break
        }
        'idctl;pq;keys;help;list' {
            break
        }
        'idctl;pq;keys;help;show' {
            break
        }
        'idctl;pq;keys;help;activate' {
            break
        }
        'idctl;pq;keys;help;retire' {
            break
        }
        'idctl;pq;keys;help;help' {
            break
        }
        'idctl;pq;policy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encryption policies with their layers and bound columns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;policy;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;policy;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;policy;create' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'mode')
            [CompletionResult]::new('--layer', '--layer', [CompletionResultType]::ParameterName, 'A layer: ALGORITHM:RECIPIENT (x-wing:customer_rcpt), in order; 1 to 4')
            [CompletionResult]::new('--aad-template', '--aad-template', [CompletionResultType]::ParameterName, 'Extra authenticated data bound to every value: a JSON object of strings, e.g. ''{"purpose":"customer-data"}''')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;policy;bind' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;policy;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encryption policies with their layers and bound columns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;policy;help;list' {
            break
        }
        'idctl;pq;policy;help;show' {
            break
        }
        'idctl;pq;policy;help;create' {
            break
        }
        'idctl;pq;policy;help;bind' {
            break
        }
        'idctl;pq;policy;help;help' {
            break
        }
        'idctl;pq;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;migrate' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The target policy')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Only these columns (TABLE.COLUMN, bound to the policy); repeatable')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)')
            [CompletionResult]::new('--target-batch-duration', '--target-batch-duration', [CompletionResultType]::ParameterName, 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight')
            [CompletionResult]::new('--max-replica-lag', '--max-replica-lag', [CompletionResultType]::ParameterName, 'Pause while a replica''s replay lag (pg_stat_replication) exceeds this (1ms to 24h)')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Ranges this process works on at once, 1 to 64')
            [CompletionResult]::new('--ranges', '--ranges', [CompletionResultType]::ParameterName, 'Primary-key ranges per column (the units other workers can claim), 1 to 10000')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count what would move after every check; change nothing')
            [CompletionResult]::new('--fixed-batch-size', '--fixed-batch-size', [CompletionResultType]::ParameterName, 'Keep --batch-size fixed')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;jobs' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many jobs')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;cancel' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;resign' {
            [CompletionResult]::new('--from-algorithm', '--from-algorithm', [CompletionResultType]::ParameterName, 'Only signatures of this algorithm (repeatable; default: every quantum-vulnerable one)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Signatures per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Verify and count, write nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;pq;help' {
            [CompletionResult]::new('algorithms', 'algorithms', [CompletionResultType]::ParameterValue, 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Recipient and signing keys: generate, list, show, activate, retire')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Encryption policies: which recipients a sealed column''s values are wrapped to')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List post-quantum migration jobs, newest first')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;pq;help;algorithms' {
            break
        }
        'idctl;pq;help;keys' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recipient key versions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify')
            break
        }
        'idctl;pq;help;keys;generate' {
            break
        }
        'idctl;pq;help;keys;list' {
            break
        }
        'idctl;pq;help;keys;show' {
            break
        }
        'idctl;pq;help;keys;activate' {
            break
        }
        'idctl;pq;help;keys;retire' {
            break
        }
        'idctl;pq;help;policy' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encryption policies with their layers and bound columns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones')
            break
        }
        'idctl;pq;help;policy;list' {
            break
        }
        'idctl;pq;help;policy;show' {
            break
        }
        'idctl;pq;help;policy;create' {
            break
        }
        'idctl;pq;help;policy;bind' {
            break
        }
        'idctl;pq;help;status' {
            break
        }
        'idctl;pq;help;migrate' {
            break
        }
        'idctl;pq;help;jobs' {
            break
        }
        'idctl;pq;help;cancel' {
            break
        }
        'idctl;pq;help;resign' {
            break
        }
        'idctl;pq;help;help' {
            break
        }
        'idctl;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;audit;verify' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start at this audit row (its chain entry, or the next one), trusting the chain before it')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;audit;checkpoint' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Sign the head even if a checkpoint already covers it')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;audit;log' {
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'Only rows written by this user id')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Only rows about this table')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only rows with an id below this one (the next page)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;audit;help;verify' {
            break
        }
        'idctl;audit;help;checkpoint' {
            break
        }
        'idctl;audit;help;log' {
            break
        }
        'idctl;audit;help;help' {
            break
        }
        'idctl;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the configuration file, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (the file''s current-context), for every later command that names none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;config;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;config;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;config;use' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the configuration file, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (the file''s current-context), for every later command that names none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idctl;config;help;list' {
            break
        }
        'idctl;config;help;show' {
            break
        }
        'idctl;config;help;use' {
            break
        }
        'idctl;config;help;help' {
            break
        }
        'idctl;doctor' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list the checks that passed (severity ok) in the table')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
        'idctl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Directory holding the key files (one file per key version, mode 0600)')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'Also write what this run did as a Prometheus text file (node_exporter''s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data written to stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours on stderr (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the database connection (1ms to 1h)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application''s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given')
            [CompletionResult]::new('--reconnect-timeout', '--reconnect-timeout', [CompletionResultType]::ParameterName, 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)')
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
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Batch jobs: list, show, cancel, resume, add workers, run what is due')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Key lifecycle, census and checks')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'The registry of protected columns and personal data')
            [CompletionResult]::new('data', 'data', [CompletionResultType]::ParameterValue, 'Protected values of one row, for support work')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Operators and users')
            [CompletionResult]::new('deletion', 'deletion', [CompletionResultType]::ParameterValue, 'Deletion jobs: plan, schedule, run, hold, verify')
            [CompletionResult]::new('privacy', 'privacy', [CompletionResultType]::ParameterValue, 'Data-subject exports and their verification')
            [CompletionResult]::new('pq', 'pq', [CompletionResultType]::ParameterValue, 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Named contexts (database, keyring, actor, registry under one name): list, show, use')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what an operator checks before a rotation, and say what to fix. Changes nothing')
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
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill the database with realistic, internally consistent demo data: N users and their rows')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Benchmark `keys rotate` against PostgreSQL''s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md')
            [CompletionResult]::new('bench-kem', 'bench-kem', [CompletionResultType]::ParameterValue, 'Measure one core''s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written')
            [CompletionResult]::new('bench-sign', 'bench-sign', [CompletionResultType]::ParameterValue, 'Measure one core''s raw SHA-256 rate over messages of the audit rows'' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`''s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written')
            break
        }
        'idctl;help;dev;up' {
            break
        }
        'idctl;help;dev;down' {
            break
        }
        'idctl;help;dev;seed' {
            break
        }
        'idctl;help;dev;bench' {
            break
        }
        'idctl;help;dev;bench-kem' {
            break
        }
        'idctl;help;dev;bench-sign' {
            break
        }
        'idctl;help;jobs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job''s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Add this process''s workers to a running job, on any host: they claim the job''s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run')
            [CompletionResult]::new('run-due', 'run-due', [CompletionResultType]::ParameterValue, 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls')
            break
        }
        'idctl;help;jobs;list' {
            break
        }
        'idctl;help;jobs;show' {
            break
        }
        'idctl;help;jobs;cancel' {
            break
        }
        'idctl;help;jobs;resume' {
            break
        }
        'idctl;help;jobs;work' {
            break
        }
        'idctl;help;jobs;run-due' {
            break
        }
        'idctl;help;keys' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List key versions (from crypto_keys), optionally of one basename')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a basename''s versions and where each is used, or one version (`profile:v2`)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a pending or decrypt-only version the active one (new writes use it)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The census: rows per key version, for every protected column (or one basename''s), and each column''s state against the active version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate a key: move every value protected by it to a new key version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt stored values and report, per table and column, how many succeed and which fail and why')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up every key version into the database, sealed to a post-quantum recipient: each version''s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient''s public key, so that the database alone cannot open them. Keep the recipient''s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient''s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient''s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is')
            break
        }
        'idctl;help;keys;generate' {
            break
        }
        'idctl;help;keys;list' {
            break
        }
        'idctl;help;keys;show' {
            break
        }
        'idctl;help;keys;history' {
            break
        }
        'idctl;help;keys;activate' {
            break
        }
        'idctl;help;keys;retire' {
            break
        }
        'idctl;help;keys;destroy' {
            break
        }
        'idctl;help;keys;status' {
            break
        }
        'idctl;help;keys;plan' {
            break
        }
        'idctl;help;keys;rotate' {
            break
        }
        'idctl;help;keys;verify' {
            break
        }
        'idctl;help;keys;backup' {
            break
        }
        'idctl;help;keys;restore' {
            break
        }
        'idctl;help;registry' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted')
            break
        }
        'idctl;help;registry;show' {
            break
        }
        'idctl;help;data' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row''s protected columns: the key each value is under and, with --decrypt, the value')
            break
        }
        'idctl;help;data;show' {
            break
        }
        'idctl;help;users' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user: account state, roles and live grants of access')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, a page at a time')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find users by email through the blind index')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock users and cut off every grant of access they have')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock users (nothing revoked comes back)')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'Log users out everywhere, without locking them')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a role to a user, making it an operator')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Who holds which role')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The operator --actor resolves to, and what it may do')
            [CompletionResult]::new('bootstrap-admin', 'bootstrap-admin', [CompletionResultType]::ParameterValue, 'Create the very first operator, with the `admin` role')
            break
        }
        'idctl;help;users;show' {
            break
        }
        'idctl;help;users;list' {
            break
        }
        'idctl;help;users;find' {
            break
        }
        'idctl;help;users;lock' {
            break
        }
        'idctl;help;users;unlock' {
            break
        }
        'idctl;help;users;revoke-sessions' {
            break
        }
        'idctl;help;users;grant' {
            break
        }
        'idctl;help;users;revoke' {
            break
        }
        'idctl;help;users;roles' {
            break
        }
        'idctl;help;users;whoami' {
            break
        }
        'idctl;help;users;bootstrap-admin' {
            break
        }
        'idctl;help;deletion' {
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule the deletion of a user (or of another deletable entity) and show its plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deletion jobs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deletion job: status, plan, checkpoint, hold, runner and result')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what a deletion job will do, as the database stands now (a dry run)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a deletion job (--id) or every job whose time has come (--due, for cron)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a deletion job that has not completed')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'After a deletion completed: what remains of the entity, by table, and why it may remain')
            break
        }
        'idctl;help;deletion;schedule' {
            break
        }
        'idctl;help;deletion;list' {
            break
        }
        'idctl;help;deletion;show' {
            break
        }
        'idctl;help;deletion;plan' {
            break
        }
        'idctl;help;deletion;run' {
            break
        }
        'idctl;help;deletion;cancel' {
            break
        }
        'idctl;help;deletion;hold' {
            break
        }
        'idctl;help;deletion;release' {
            break
        }
        'idctl;help;deletion;verify' {
            break
        }
        'idctl;help;privacy' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything the database holds about a user (GDPR access and portability)')
            [CompletionResult]::new('verify-export', 'verify-export', [CompletionResultType]::ParameterValue, 'Check an export archive against its manifest: every file''s SHA-256 and row count, and the manifest''s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Data-subject requests: record, list with deadlines, extend, process, reject')
            break
        }
        'idctl;help;privacy;export' {
            break
        }
        'idctl;help;privacy;verify-export' {
            break
        }
        'idctl;help;privacy;requests' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List data-subject requests, nearest deadline first, with their deadlines')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a data-subject request: status, deadline, extension, export or deletion job')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline once, by up to two months, with the reason recorded (Art. 12(3))')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Process data-subject requests: exports for access and portability, deletion jobs for erasure')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a data-subject request, with the reason recorded')
            break
        }
        'idctl;help;privacy;requests;create' {
            break
        }
        'idctl;help;privacy;requests;list' {
            break
        }
        'idctl;help;privacy;requests;show' {
            break
        }
        'idctl;help;privacy;requests;extend' {
            break
        }
        'idctl;help;privacy;requests;process' {
            break
        }
        'idctl;help;privacy;requests;reject' {
            break
        }
        'idctl;help;pq' {
            [CompletionResult]::new('algorithms', 'algorithms', [CompletionResultType]::ParameterValue, 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS''s X25519MLKEM768 is another combiner)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Recipient and signing keys: generate, list, show, activate, retire')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Encryption policies: which recipients a sealed column''s values are wrapped to')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy''s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move sealed values onto a policy''s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value''s current layers, wrap it to the policy''s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List post-quantum migration jobs, newest first')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key''s scope (the old signature''s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone')
            break
        }
        'idctl;help;pq;algorithms' {
            break
        }
        'idctl;help;pq;keys' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient''s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key''s previous version is retired (its signatures still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recipient key versions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a recipient''s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key''s (scope, status, signatures made)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name''s previous active version is retired (its signatures still verify)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify')
            break
        }
        'idctl;help;pq;keys;generate' {
            break
        }
        'idctl;help;pq;keys;list' {
            break
        }
        'idctl;help;pq;keys;show' {
            break
        }
        'idctl;help;pq;keys;activate' {
            break
        }
        'idctl;help;pq;keys;retire' {
            break
        }
        'idctl;help;pq;policy' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encryption policies with their layers and bound columns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an encryption policy: the recipients a sealed value''s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer''s algorithm (`idctl pq keys generate`)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones')
            break
        }
        'idctl;help;pq;policy;list' {
            break
        }
        'idctl;help;pq;policy;show' {
            break
        }
        'idctl;help;pq;policy;create' {
            break
        }
        'idctl;help;pq;policy;bind' {
            break
        }
        'idctl;help;pq;status' {
            break
        }
        'idctl;help;pq;migrate' {
            break
        }
        'idctl;help;pq;jobs' {
            break
        }
        'idctl;help;pq;cancel' {
            break
        }
        'idctl;help;pq;resign' {
            break
        }
        'idctl;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the audit chain''s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row')
            break
        }
        'idctl;help;audit;verify' {
            break
        }
        'idctl;help;audit;checkpoint' {
            break
        }
        'idctl;help;audit;log' {
            break
        }
        'idctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the configuration file, the current one marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (the file''s current-context), for every later command that names none')
            break
        }
        'idctl;help;config;list' {
            break
        }
        'idctl;help;config;show' {
            break
        }
        'idctl;help;config;use' {
            break
        }
        'idctl;help;doctor' {
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

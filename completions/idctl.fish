# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_idctl_global_optspecs
    string join \n database-url= context= actor= keyring= registry= metrics-file= o/output= no-headers color= q/quiet v/verbose y/yes connect-timeout= lock-timeout= statement-timeout= reconnect-timeout= h/help V/version
end

function __fish_idctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_idctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_idctl_using_subcommand
    set -l cmd (__fish_idctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c idctl -n "__fish_idctl_needs_command" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_needs_command" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_needs_command" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_needs_command" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_needs_command" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_needs_command" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_needs_command" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_needs_command" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_needs_command" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_needs_command" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_needs_command" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_needs_command" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_needs_command" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_needs_command" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_needs_command" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_needs_command" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_needs_command" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "db" -d 'The schema: migrations, status, compatibility check'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "dev" -d 'A throwaway local database for trying idctl and for demos'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "jobs" -d 'Batch jobs: list, show, cancel, resume, add workers, run what is due'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "keys" -d 'Key lifecycle, census and checks'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "registry" -d 'The registry of protected columns and personal data'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "data" -d 'Protected values of one row, for support work'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "users" -d 'Operators and users'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "deletion" -d 'Deletion jobs: plan, schedule, run, hold, verify'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "privacy" -d 'Data-subject exports and their verification'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "pq" -d 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "audit" -d 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "config" -d 'Named contexts (database, keyring, actor, registry under one name): list, show, use'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "doctor" -d 'Check what an operator checks before a rotation, and say what to fix. Changes nothing'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c idctl -n "__fish_idctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -f -a "migrate" -d 'Apply the schema migrations compiled into idctl'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -f -a "check" -d 'Check that a database has every table and column idctl\'s commands rely on, with the right types'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -f -a "status" -d 'Show the database, its server version, and the state of every migration'
complete -c idctl -n "__fish_idctl_using_subcommand db; and not __fish_seen_subcommand_from migrate check status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show the migrations that would be applied; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l bookkeeping -d 'Install only idctl\'s bookkeeping tables, in the schema the registry\'s [bookkeeping] names (refused when the registry has none, rather than installing the full schema)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply the schema migrations compiled into idctl'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that a database has every table and column idctl\'s commands rely on, with the right types'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the database, its server version, and the state of every migration'
complete -c idctl -n "__fish_idctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "up" -d 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "down" -d 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "seed" -d 'Fill the database with realistic, internally consistent demo data: N users and their rows'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "bench" -d 'Benchmark `keys rotate` against PostgreSQL\'s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "bench-kem" -d 'Measure one core\'s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "bench-sign" -d 'Measure one core\'s raw SHA-256 rate over messages of the audit rows\' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`\'s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and not __fish_seen_subcommand_from up down seed bench bench-kem bench-sign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l dir -d 'Directory for the cluster' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l database -d 'Name of the database to create' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l url -d 'Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l env -d 'Print shell `export` lines for DATABASE_URL and IDCTL_KEYRING (for `eval "$(idctl dev up -q --env)"`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from up" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l dir -d 'Directory of the cluster' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l keep -d 'Keep the cluster\'s files (stop only)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from down" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l users -d 'Number of users to add' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l seed -d 'Seed of the data generator' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l batch -d 'Users generated and copied per chunk (memory grows with it)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l legacy -d 'Seal most orders\' customer data to a classical X25519-only policy (customer-legacy, bound to the column) and the rest to the hybrid X-Wing policy (customer), as data written before a post-quantum migration would be: `idctl pq status` then reports it, `idctl pq migrate` moves it'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l profiles-only -d 'Only users and their profiles (no orders, sessions, events, consents, subscriptions, second factors, tokens or links): what the rotation benchmark rewrites, several times faster to seed'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l allow-non-dev-database -d 'Seed a database that `idctl dev up` did not create (it carries no dev marker). Asks to type the database\'s name (--yes answers for scripts)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from seed" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l rows -d 'Users (and so user_profiles rows) to seed' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l naive-sample -d 'Rows the naive client rewrites (extrapolated to all rows)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l dir -d 'Directory for the throwaway cluster (default: a new temporary directory)' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l rotate-options -d 'Extra options passed to `keys rotate` (e.g. "--workers 4")' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l rounds -d 'Measure the floor, the read-out and the rotation this many times, back to back in each round (both tables vacuumed between rounds), and report the median of the rounds\' ratios' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l keep -d 'Keep the cluster running afterwards, and its keyring (beside the cluster\'s directory, as `<dir>.keyring`), so that more rotations can be measured on the same data'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l profiles-only -d 'Seed only users and their profiles (`dev seed --profiles-only`): the same rows for the floor and the rotation, a smaller database around them, and a 5M-row seed in minutes instead of half an hour'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l seconds -d 'How long each measurement runs, 1 to 60 seconds' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-kem" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l seconds -d 'How long each measurement runs, 1 to 60 seconds' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l message-bytes -d 'Bytes per hashed message (the mean encoded audit row), 1 to 1 MiB' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from bench-sign" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "up" -d 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Fill the database with realistic, internally consistent demo data: N users and their rows'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "bench" -d 'Benchmark `keys rotate` against PostgreSQL\'s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "bench-kem" -d 'Measure one core\'s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "bench-sign" -d 'Measure one core\'s raw SHA-256 rate over messages of the audit rows\' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`\'s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "list" -d 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "show" -d 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "cancel" -d 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "resume" -d 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job\'s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "work" -d 'Add this process\'s workers to a running job, on any host: they claim the job\'s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "run-due" -d 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and not __fish_seen_subcommand_from list show cancel resume work run-due help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l limit -d 'At most this many jobs' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l interval -d 'How often --watch looks again (1s to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s w -l watch -d 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l max-failed -d 'List at most this many failed rows' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l interval -d 'How often --watch looks again (1s to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s w -l watch -d 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l batch-size -d 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l target-batch-duration -d 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l max-rate -d 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l max-replica-lag -d 'Pause while a replica\'s replay lag (pg_stat_replication) exceeds this (1ms to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l workers -d 'Ranges this process works on at once, 1 to 64' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l ranges -d 'Primary-key ranges per column (the units other workers can claim), 1 to 10000' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l force -d 'Resume even though a newer version of the basename was activated since the job started (that version is demoted)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l fixed-batch-size -d 'Keep --batch-size fixed'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l batch-size -d 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l target-batch-duration -d 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l max-rate -d 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l max-replica-lag -d 'Pause while a replica\'s replay lag (pg_stat_replication) exceeds this (1ms to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l workers -d 'Ranges this process works on at once, 1 to 64' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l ranges -d 'Primary-key ranges per column (the units other workers can claim), 1 to 10000' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l fixed-batch-size -d 'Keep --batch-size fixed'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from work" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l max-duration -d 'Stop (checkpointed) after this long, e.g. 50m (1s to 30d)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l privacy-out-dir -d 'Also process the open data-subject requests (as `privacy requests process --due`), writing exports into this directory' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l batch-size -d 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l target-batch-duration -d 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l max-rate -d 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l max-replica-lag -d 'Pause while a replica\'s replay lag (pg_stat_replication) exceeds this (1ms to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l workers -d 'Ranges this process works on at once, 1 to 64' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l ranges -d 'Primary-key ranges per column (the units other workers can claim), 1 to 10000' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l audit-checkpoint -d 'Also sign the audit chain\'s head (as `idctl audit checkpoint`) if entries were added since the last checkpoint. Needs permission audit.sign'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l fixed-batch-size -d 'Keep --batch-size fixed'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from run-due" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job\'s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "work" -d 'Add this process\'s workers to a running job, on any host: they claim the job\'s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "run-due" -d 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
complete -c idctl -n "__fish_idctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "generate" -d 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "list" -d 'List key versions (from crypto_keys), optionally of one basename'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "show" -d 'Show a basename\'s versions and where each is used, or one version (`profile:v2`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "history" -d 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "activate" -d 'Make a pending or decrypt-only version the active one (new writes use it)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "retire" -d 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "destroy" -d 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "status" -d 'The census: rows per key version, for every protected column (or one basename\'s), and each column\'s state against the active version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "plan" -d 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "rotate" -d 'Rotate a key: move every value protected by it to a new key version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "verify" -d 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "backup" -d 'Back up every key version into the database, sealed to a post-quantum recipient: each version\'s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient\'s public key, so that the database alone cannot open them. Keep the recipient\'s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient\'s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "restore" -d 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient\'s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show history activate retire destroy status plan rotate verify backup restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l algorithm -d 'Algorithm of the key' -r -f -a "aes-256-gcm-siv\t''
hmac-sha256\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l activate -d 'Make the new version the active one'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l since -d 'Only events at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l limit -d 'At most this many events (1 to 100000)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l rows -d 'Also list per-row events (row_failed)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l force -d 'Retire even though rows still reference the version (asks to type the key id)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l force -d 'Destroy even though rows still reference the version: their values become unreadable forever'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l interval -d 'How often --watch looks again (1s to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s w -l watch -d 'Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again only when it changed otherwise'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l to -d 'Rotate to this existing version (pending, active or decrypt-only), e.g. profile:v3' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l retire-after -d 'Grace period before the old version is retired, so that application instances that cached it as the active key do not find it retired (0s: retire at once)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l schedule -d 'Do not rotate now: create the target version and a job that `idctl jobs run-due` runs at WHEN (RFC 3339 time, or a delay such as 30m)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l batch-size -d 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l target-batch-duration -d 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l max-rate -d 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l max-replica-lag -d 'Pause while a replica\'s replay lag (pg_stat_replication) exceeds this (1ms to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l workers -d 'Ranges this process works on at once, 1 to 64' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l ranges -d 'Primary-key ranges per column (the units other workers can claim), 1 to 10000' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show what the run would do (target, rows per column, time estimate) after checking every precondition the run checks; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l new-version -d 'Rotate again even though the last rotation of this basename completed'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l retry-quarantined -d 'Try the rows earlier runs quarantined again (after fixing them)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l force -d 'Resume an unfinished job even though a newer version was activated since it started (that version is demoted)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l keep-old -d 'Leave the old versions decrypt-only instead of retiring them'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l fixed-batch-size -d 'Keep --batch-size fixed'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l sample -d 'Check a random sample of this many rows per column (1 to 1000000)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l max-listed -d 'List at most this many failed rows per column' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l batch-size -d 'Rows read per query with --all' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l all -d 'Check every row'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l recipient -d 'The recipient to seal to (default: the only post-quantum recipient there is)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l recipient-key -d 'The key file of the recipient the backup is sealed to' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List key versions (from crypto_keys), optionally of one basename'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a basename\'s versions and where each is used, or one version (`profile:v2`)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "history" -d 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Make a pending or decrypt-only version the active one (new writes use it)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "status" -d 'The census: rows per key version, for every protected column (or one basename\'s), and each column\'s state against the active version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "plan" -d 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Rotate a key: move every value protected by it to a new key version'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Back up every key version into the database, sealed to a post-quantum recipient: each version\'s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient\'s public key, so that the database alone cannot open them. Keep the recipient\'s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient\'s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient\'s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
complete -c idctl -n "__fish_idctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l part -d 'Only this part' -r -f -a "protected\t''
unversioned\t''
personal-data\t''"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted'
complete -c idctl -n "__fish_idctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show one row\'s protected columns: the key each value is under and, with --decrypt, the value'
complete -c idctl -n "__fish_idctl_using_subcommand data; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l decrypt -d 'Decrypt the values'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one row\'s protected columns: the key each value is under and, with --decrypt, the value'
complete -c idctl -n "__fish_idctl_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "show" -d 'Show a user: account state, roles and live grants of access'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "list" -d 'List users, a page at a time'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "find" -d 'Find users by email through the blind index'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "lock" -d 'Lock users and cut off every grant of access they have'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "unlock" -d 'Unlock users (nothing revoked comes back)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "revoke-sessions" -d 'Log users out everywhere, without locking them'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "grant" -d 'Grant a role to a user, making it an operator'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "revoke" -d 'Take a role from a user'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "roles" -d 'Who holds which role'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "whoami" -d 'The operator --actor resolves to, and what it may do'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "bootstrap-admin" -d 'Create the very first operator, with the `admin` role'
complete -c idctl -n "__fish_idctl_using_subcommand users; and not __fish_seen_subcommand_from show list find lock unlock revoke-sessions grant revoke roles whoami bootstrap-admin help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l role -d 'Only users holding this role (account role or active grant)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'Page size' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l after -d 'Start after this user id (the last id of the previous page)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l locked -d 'Only locked users'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l inactive -d 'Only deactivated users'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l deleted -d 'Only deleted users'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l email -d 'The email address' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l reason -d 'Why (recorded in the audit trail)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l batch-size -d 'Users per transaction' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l dry-run -d 'Show what would be locked and revoked; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l force -d 'Lock even yourself or the last operator who could unlock'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l reason -d 'Why (recorded in the audit trail)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l batch-size -d 'Users per transaction' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l require-password-change -d 'Also require a new password at the next login'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Show what would be unlocked; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l reason -d 'Why (recorded in the audit trail)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l batch-size -d 'Users per transaction' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l dry-run -d 'Show what would be revoked; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l role -d 'The role (`idctl users roles` lists holders; roles: admin, key_operator, privacy_officer, support, auditor)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l expires -d 'When the grant ends: an RFC 3339 time (2027-01-31T00:00:00Z) or a duration from now (30d)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l role -d 'The role' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l force -d 'Revoke even from the last operator who could manage users'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l all -d 'Include grants that no longer apply'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from whoami" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l email -d 'The operator\'s email address (looked up through the blind index by --actor)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from bootstrap-admin" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user: account state, roles and live grants of access'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, a page at a time'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find users by email through the blind index'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock users and cut off every grant of access they have'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock users (nothing revoked comes back)'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "revoke-sessions" -d 'Log users out everywhere, without locking them'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a role to a user, making it an operator'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a role from a user'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Who holds which role'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'The operator --actor resolves to, and what it may do'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "bootstrap-admin" -d 'Create the very first operator, with the `admin` role'
complete -c idctl -n "__fish_idctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "schedule" -d 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "list" -d 'List deletion jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "show" -d 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "plan" -d 'Show what a deletion job will do, as the database stands now (a dry run)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "run" -d 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "cancel" -d 'Cancel a deletion job that has not completed'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "hold" -d 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "release" -d 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "verify" -d 'After a deletion completed: what remains of the entity, by table, and why it may remain'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and not __fish_seen_subcommand_from schedule list show plan run cancel hold release verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l table -d 'Another entity the registry declares deletable (`deletable = true`), with --pk' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l pk -d 'The entity\'s primary key (with --table)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l at -d 'When the job becomes due: an RFC 3339 time (default: now)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l grace -d 'A grace period from now (30d, 12h) before the job becomes due' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l reason -d 'Why (recorded with the job and in the audit log)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l hard -d 'Hard deletion: the tombstone goes too, and retained rows are purged when their retention ends. Needs confirmation when it runs'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l force -d 'Schedule even yourself or the last operator'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l status -d 'Only jobs in this status: scheduled, running, completed, failed, blocked, cancelled' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l limit -d 'At most this many jobs' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l id -d 'Run this job' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l max-duration -d 'Stop (checkpointed) after this long: 30m, 1h' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l batch-size -d 'Rows per batch transaction' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l due -d 'Run every due job, oldest first'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l accept-new-plan -d 'Run a job whose plan grew since it was scheduled, with the plan as it is now (recorded)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l force -d 'Run even if the subject is yourself or the last operator'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l now -d 'With --id: run a job scheduled for later now (skip the rest of its grace period)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l reason -d 'Why (a case or ticket reference)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from hold" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deletion jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Show what a deletion job will do, as the database stands now (a dry run)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a deletion job that has not completed'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "release" -d 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "verify" -d 'After a deletion completed: what remains of the entity, by table, and why it may remain'
complete -c idctl -n "__fish_idctl_using_subcommand deletion; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -f -a "export" -d 'Export everything the database holds about a user (GDPR access and portability)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -f -a "verify-export" -d 'Check an export archive against its manifest: every file\'s SHA-256 and row count, and the manifest\'s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -f -a "requests" -d 'Data-subject requests: record, list with deadlines, extend, process, reject'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and not __fish_seen_subcommand_from export verify-export requests help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l out -d 'Where to write the archive (`-`: stdout, after it is complete)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l format -d 'Archive format' -r -f -a "zip\t'One JSON file per table, manifest.json (row counts, SHA-256, exclusions, purposes) and README.txt'
json\t'One JSON document: {"tables": {...}, "manifest": {...}}'"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l force -d 'Overwrite an existing file'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l require-signature -d 'Fail (exit 65) if the manifest carries no valid signature'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from verify-export" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "create" -d 'Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3))'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "list" -d 'List data-subject requests, nearest deadline first, with their deadlines'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "show" -d 'Show a data-subject request: status, deadline, extension, export or deletion job'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "extend" -d 'Extend a request\'s deadline once, by up to two months, with the reason recorded (Art. 12(3))'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "process" -d 'Process data-subject requests: exports for access and portability, deletion jobs for erasure'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "reject" -d 'Reject a data-subject request, with the reason recorded'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from requests" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export everything the database holds about a user (GDPR access and portability)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "verify-export" -d 'Check an export archive against its manifest: every file\'s SHA-256 and row count, and the manifest\'s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "requests" -d 'Data-subject requests: record, list with deadlines, extend, process, reject'
complete -c idctl -n "__fish_idctl_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "algorithms" -d 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS\'s X25519MLKEM768 is another combiner)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "keys" -d 'Recipient and signing keys: generate, list, show, activate, retire'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "policy" -d 'Encryption policies: which recipients a sealed column\'s values are wrapped to'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "status" -d 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy\'s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "migrate" -d 'Move sealed values onto a policy\'s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value\'s current layers, wrap it to the policy\'s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "jobs" -d 'List post-quantum migration jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "cancel" -d 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "resign" -d 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key\'s scope (the old signature\'s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and not __fish_seen_subcommand_from algorithms keys policy status migrate jobs cancel resign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l vulnerable -d 'Only the quantum-vulnerable algorithms'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from algorithms" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "generate" -d 'Generate a recipient or signing key version and make it active: its private seed goes to a 0600 key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before every use), its public key to the database. A recipient\'s previous active version stays usable for opening (decrypt-only) until `pq migrate` has moved its values; a signing key\'s previous version is retired (its signatures still verify)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List recipient key versions'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show a recipient\'s versions (algorithm, status, public key digest, the values wrapped to each and the policies that use it), or a signing key\'s (scope, status, signatures made)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "activate" -d 'Activate a pending signing key version (generated with --inactive): it signs from now on, and the name\'s previous active version is retired (its signatures still verify)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "retire" -d 'Retire a recipient key version: nothing opens with it any more. Refused for the active version and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force. A signing key version signs no more; its signatures still verify'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from keys" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -f -a "list" -d 'List encryption policies with their layers and bound columns'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show one policy'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -f -a "create" -d 'Create an encryption policy: the recipients a sealed value\'s data key is wrapped to, one layer per --layer, all needed to open it. Each recipient must have an active key version of the layer\'s algorithm (`idctl pq keys generate`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -f -a "bind" -d 'Bind a registered sealed column to a policy: writers seal new values under it, and `idctl pq migrate --policy NAME` moves the existing ones'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l policy -d 'The target policy' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l scope -d 'Only these columns (TABLE.COLUMN, bound to the policy); repeatable' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l batch-size -d 'Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless --fixed-batch-size)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l target-batch-duration -d 'Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row locks briefly)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l max-rate -d 'At most this many rows per second (this process), 1 to 10000000. A paced run also keeps its bursts small for the application beside it: each batch is transformed on one thread, and each writer has one batch in flight' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l max-replica-lag -d 'Pause while a replica\'s replay lag (pg_stat_replication) exceeds this (1ms to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l workers -d 'Ranges this process works on at once, 1 to 64' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l ranges -d 'Primary-key ranges per column (the units other workers can claim), 1 to 10000' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Count what would move after every check; change nothing'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l fixed-batch-size -d 'Keep --batch-size fixed'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l limit -d 'At most this many jobs' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from jobs" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l from-algorithm -d 'Only signatures of this algorithm (repeatable; default: every quantum-vulnerable one)' -r -f -a "ed25519\t''
ecdsa-p256\t''
rsa-2048\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l batch-size -d 'Signatures per transaction' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l dry-run -d 'Verify and count, write nothing'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from resign" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "algorithms" -d 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS\'s X25519MLKEM768 is another combiner)'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Recipient and signing keys: generate, list, show, activate, retire'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Encryption policies: which recipients a sealed column\'s values are wrapped to'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "status" -d 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy\'s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move sealed values onto a policy\'s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value\'s current layers, wrap it to the policy\'s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "jobs" -d 'List post-quantum migration jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "resign" -d 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key\'s scope (the old signature\'s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
complete -c idctl -n "__fish_idctl_using_subcommand pq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -f -a "verify" -d 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -f -a "checkpoint" -d 'Sign the audit chain\'s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -f -a "log" -d 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and not __fish_seen_subcommand_from verify checkpoint log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l from -d 'Start at this audit row (its chain entry, or the next one), trusting the chain before it' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l force -d 'Sign the head even if a checkpoint already covers it'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor-id -d 'Only rows written by this user id' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l table -d 'Only rows about this table' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only rows at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l before -d 'Only rows with an id below this one (the next page)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l limit -d 'At most this many rows' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Sign the audit chain\'s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
complete -c idctl -n "__fish_idctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "list" -d 'List the contexts of the configuration file, the current one marked'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "show" -d 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "use" -d 'Make NAME the current context (the file\'s current-context), for every later command that names none'
complete -c idctl -n "__fish_idctl_using_subcommand config; and not __fish_seen_subcommand_from list show use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts of the configuration file, the current one marked'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the current context (the file\'s current-context), for every later command that names none'
complete -c idctl -n "__fish_idctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l all -d 'Also list the checks that passed (severity ok) in the table'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l database-url -d 'Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, ~/.pgpass, ...)' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l context -d 'Named context from the configuration file (`idctl config list`): its database, keyring, actor and registry apply where no flag or environment variable sets them' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l actor -d 'Operator running the command: a user id or an email address of an operator in `users`. Required by every command that changes data' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l keyring -d 'Directory holding the key files (one file per key version, mode 0600)' -r -f -a "(__fish_complete_directories)"
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l registry -d 'Registry of protected columns and personal data (TOML) replacing the built-in one, to serve another schema by configuration alone' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l metrics-file -d 'Also write what this run did as a Prometheus text file (node_exporter\'s textfile collector): last run and success times, duration, exit code, rows rewritten and failed and job status per subject. Written atomically, after the command ends' -r -F
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s o -l output -d 'Output format for data written to stdout' -r -f -a "table\t'Human-readable table: the columns that fit an 80-column terminal'
wide\t'Human-readable table with every field (as kubectl\'s `-o wide`)'
json\t'One JSON document'
jsonl\t'One JSON object per line'
csv\t'Comma-separated values with a header line'"
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l color -d 'When to use colours on stderr (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l connect-timeout -d 'How long to wait for the database connection (1ms to 1h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l lock-timeout -d 'How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from queueing behind, and blocking, the application\'s traffic. A batch whose rows stay locked is retried with backoff for three times this long, then the command stops checkpointed with exit 75, naming the session that holds the lock' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l statement-timeout -d 'How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by design; `db migrate` uses no limit unless this is given' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l reconnect-timeout -d 'How long to keep retrying while the database is unreachable (a restart, a failover) before giving up with exit 69 (1s to 24h)' -r
complete -c idctl -n "__fish_idctl_using_subcommand completions" -l no-headers -d 'Tables and CSV without their header line (for `cut`, `awk` and `while read`)'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s q -l quiet -d 'Print only errors on stderr'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s v -l verbose -d 'Print more on stderr (-v: details and causes, -vv: debug log)'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations. Needed to run destructive commands without a terminal'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c idctl -n "__fish_idctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "db" -d 'The schema: migrations, status, compatibility check'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "dev" -d 'A throwaway local database for trying idctl and for demos'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "jobs" -d 'Batch jobs: list, show, cancel, resume, add workers, run what is due'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "keys" -d 'Key lifecycle, census and checks'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "registry" -d 'The registry of protected columns and personal data'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "data" -d 'Protected values of one row, for support work'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "users" -d 'Operators and users'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "deletion" -d 'Deletion jobs: plan, schedule, run, hold, verify'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "privacy" -d 'Data-subject exports and their verification'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "pq" -d 'Post-quantum migration: algorithms, recipient keys, policies, readiness, migration'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "audit" -d 'The tamper-evident audit trail: verify the hash chain, sign its head, read the log'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "config" -d 'Named contexts (database, keyring, actor, registry under one name): list, show, use'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "doctor" -d 'Check what an operator checks before a rotation, and say what to fix. Changes nothing'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c idctl -n "__fish_idctl_using_subcommand help; and not __fish_seen_subcommand_from db dev jobs keys registry data users deletion privacy pq audit config doctor completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply the schema migrations compiled into idctl'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check that a database has every table and column idctl\'s commands rely on, with the right types'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the database, its server version, and the state of every migration'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "up" -d 'Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and the keyring to use with it'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "down" -d 'Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring (with --keep: stop only). Keys anywhere else are never touched'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "seed" -d 'Fill the database with realistic, internally consistent demo data: N users and their rows'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "bench" -d 'Benchmark `keys rotate` against PostgreSQL\'s own floor and a naive per-row client, on a fresh throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "bench-kem" -d 'Measure one core\'s raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result again), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "bench-sign" -d 'Measure one core\'s raw SHA-256 rate over messages of the audit rows\' size (what `audit verify` hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`\'s per-signature work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing is read or written'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "list" -d 'List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "show" -d 'Show a job: its state, its ranges with checkpoints and leases, and the rows that failed (primary key and error class, never values)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "cancel" -d 'Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the new version, which stays active). Needs jobs.manage'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "resume" -d 'Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again), or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so that nothing already done is redone. The job\'s own options (--keep-old, --retire-after) are honoured. Needs permission keys.rotate'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "work" -d 'Add this process\'s workers to a running job, on any host: they claim the job\'s remaining ranges (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "run-due" -d 'Run every job whose time has come, and stop cleanly at the deadline: the line cron calls'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "generate" -d 'Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List key versions (from crypto_keys), optionally of one basename'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show a basename\'s versions and where each is used, or one version (`profile:v2`)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "history" -d 'The key timeline, newest first: versions generated, activated, made decrypt-only, retired, destroyed, backed up; rotations started, finished, cancelled; by whom and in which job'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "activate" -d 'Make a pending or decrypt-only version the active one (new writes use it)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "retire" -d 'Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "destroy" -d 'Destroy a retired version (or a pending one never activated): delete its key file and mark it destroyed. Irreversible'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "status" -d 'The census: rows per key version, for every protected column (or one basename\'s), and each column\'s state against the active version'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "plan" -d 'What `keys rotate` would do now: the target it would choose (and why), rows per column and key version, rows to rewrite, with a time estimate. Changes nothing'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Rotate a key: move every value protected by it to a new key version'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "verify" -d 'Decrypt stored values and report, per table and column, how many succeed and which fail and why'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "backup" -d 'Back up every key version into the database, sealed to a post-quantum recipient: each version\'s 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or ML-KEM-768) to the recipient\'s public key, so that the database alone cannot open them. Keep the recipient\'s key file offline: `idctl keys restore` needs it. Versions already backed up to the recipient\'s active version are left alone; every key file is read and checked before the first backup is stored (all or nothing)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "restore" -d 'Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the recipient\'s key file, checks the key against its crypto_keys fingerprint, and only then writes the key file (mode 0600, never over an existing file). A key file already in place with the right fingerprint is left as it is'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "show" -d 'Print the registry in use (the built-in one, or --registry FILE): protected columns, columns deliberately left unversioned, and how each table linked to a user is exported and deleted'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "show" -d 'Show one row\'s protected columns: the key each value is under and, with --decrypt, the value'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show a user: account state, roles and live grants of access'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users, a page at a time'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "find" -d 'Find users by email through the blind index'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "lock" -d 'Lock users and cut off every grant of access they have'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "unlock" -d 'Unlock users (nothing revoked comes back)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "revoke-sessions" -d 'Log users out everywhere, without locking them'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "grant" -d 'Grant a role to a user, making it an operator'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "revoke" -d 'Take a role from a user'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "roles" -d 'Who holds which role'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "whoami" -d 'The operator --actor resolves to, and what it may do'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "bootstrap-admin" -d 'Create the very first operator, with the `admin` role'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "schedule" -d 'Schedule the deletion of a user (or of another deletable entity) and show its plan'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "list" -d 'List deletion jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "show" -d 'Show a deletion job: status, plan, checkpoint, hold, runner and result'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "plan" -d 'Show what a deletion job will do, as the database stands now (a dry run)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "run" -d 'Run a deletion job (--id) or every job whose time has come (--due, for cron)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "cancel" -d 'Cancel a deletion job that has not completed'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "hold" -d 'Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "release" -d 'Release a deletion job from legal hold: it is scheduled again (and due if its time has come)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from deletion" -f -a "verify" -d 'After a deletion completed: what remains of the entity, by table, and why it may remain'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "export" -d 'Export everything the database holds about a user (GDPR access and portability)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "verify-export" -d 'Check an export archive against its manifest: every file\'s SHA-256 and row count, and the manifest\'s ML-DSA signatures (made with the public key they carry; compare its digest with `idctl pq keys list` to know it is yours)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "requests" -d 'Data-subject requests: record, list with deadlines, extend, process, reject'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "algorithms" -d 'The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS\'s X25519MLKEM768 is another combiner)'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "keys" -d 'Recipient and signing keys: generate, list, show, activate, retire'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "policy" -d 'Encryption policies: which recipients a sealed column\'s values are wrapped to'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "status" -d 'Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is disallowed, the values not yet on their policy\'s recipients; for each recipient key, its algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate); -o json for dashboards'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "migrate" -d 'Move sealed values onto a policy\'s recipients: for every value of the columns bound to the policy (or --scope) not yet wrapped to its recipients, open the data key with the value\'s current layers, wrap it to the policy\'s layers (dropping the old ones), open the result again, and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted. Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it stopped when run again), values that cannot be opened are quarantined and make it exit 65'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "jobs" -d 'List post-quantum migration jobs, newest first'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "cancel" -d 'Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from pq" -f -a "resign" -d 'Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the same digest and context from the active post-quantum signing key of its key\'s scope (the old signature\'s id and the verification time in its meta); an invalid one is quarantined and reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures idctl cannot verify (ECDSA, RSA) are reported and left alone'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit trail: recompute the hash chain over every audit_log row and check every signed checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Sign the audit chain\'s head: verify the chain since the last checkpoint, then sign the head with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it on a schedule'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain (CHAINED) and a signed checkpoint (SIGNED) cover each row'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the contexts of the configuration file, the current one marked'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings this run uses (database, keyring, actor, registry) and where each comes from: flag, environment, context, or default'
complete -c idctl -n "__fish_idctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make NAME the current context (the file\'s current-context), for every later command that names none'

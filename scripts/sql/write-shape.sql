-- The engine's batch write in three shapes, timed inside the server (docs/BENCHMARKS.md,
-- 2026-12-08): no client, no crypto; the arrays of each 1000-row batch are built before the clock
-- starts.
--   from-unnest   the compare-and-swap UPDATE joined to FROM unnest(...) WITH ORDINALITY (before)
--   select-list   the same with the arrays unnested in a subquery's select list (the engine's)
--   with-ctes     select-list inside the lease and checkpoint CTEs, as the engine sends it, on
--                 temporary stand-ins for jobs/job_ranges
-- Run on a cluster kept by `idctl dev bench --keep --dir DIR` (rows 1 to 900000 are used):
--
--   psql -h DIR/sock -p PORT -U postgres -d bench -f scripts/sql/write-shape.sql
--
-- It rewrites rows of floor_profiles (the bench's copy), never user_profiles.
VACUUM floor_profiles;
CHECKPOINT;
CREATE TEMP TABLE shape_jobs (id int PRIMARY KEY, status text);
INSERT INTO shape_jobs VALUES (1, 'running');
CREATE TEMP TABLE shape_ranges (id int PRIMARY KEY, lease_owner text, status text, checkpoint text,
  rows_done bigint DEFAULT 0, heartbeat_at timestamptz, lease_expires_at timestamptz, updated_at timestamptz);
INSERT INTO shape_ranges (id, lease_owner, status) VALUES (1, 'w', 'running');
CREATE OR REPLACE PROCEDURE pg_temp.shape_test(shape text, base bigint) LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; total interval := '0'; pk text[]; c tid[]; x xid[]; v bytea[]; ver bigint[]; n bigint; ords bigint[]; BEGIN
 FOR i IN 0..99 LOOP
  SELECT array_agg(user_id::text ORDER BY user_id), array_agg(ctid ORDER BY user_id), array_agg(xmin ORDER BY user_id),
         array_agg(profile_enc || ''::bytea ORDER BY user_id), array_agg(version::bigint ORDER BY user_id)
    INTO pk, c, x, v, ver FROM floor_profiles WHERE user_id > base + i*1000 AND user_id <= base + 1000 + i*1000;
  t0 := clock_timestamp();
  IF shape = 'from-unnest' THEN
   WITH w AS (UPDATE floor_profiles AS t SET profile_enc = u.new_value, key_version = 'shape-from'
                FROM unnest(pk, c, x, v, ver) WITH ORDINALITY AS u(pk0, row_ctid, old_xmin, new_value, old_version, ord)
               WHERE t.ctid = u.row_ctid AND t.xmin = u.old_xmin AND t.user_id = u.pk0::bigint
                 AND t.version IS NOT DISTINCT FROM u.old_version RETURNING u.ord)
   SELECT coalesce(array_agg(ord), '{}') INTO ords FROM w;
  ELSIF shape = 'select-list' THEN
   WITH w AS (UPDATE floor_profiles AS t SET profile_enc = u.new_value, key_version = 'shape-select'
                FROM (SELECT unnest(pk) AS pk0, unnest(c) AS row_ctid, unnest(x) AS old_xmin, unnest(v) AS new_value,
                             unnest(ver) AS old_version, generate_series(1::bigint, cardinality(c)) AS ord) u
               WHERE t.ctid = u.row_ctid AND t.xmin = u.old_xmin AND t.user_id = u.pk0::bigint
                 AND t.version IS NOT DISTINCT FROM u.old_version RETURNING u.ord)
   SELECT coalesce(array_agg(ord), '{}') INTO ords FROM w;
  ELSE
   WITH lease AS (SELECT r.id FROM shape_ranges r WHERE r.id = 1 AND r.lease_owner = 'w' AND r.status = 'running'
                    AND EXISTS (SELECT 1 FROM shape_jobs j WHERE j.id = 1 AND j.status = 'running') FOR UPDATE OF r),
        w AS (UPDATE floor_profiles AS t SET profile_enc = u.new_value, key_version = 'shape-ctes'
                FROM (SELECT unnest(pk) AS pk0, unnest(c) AS row_ctid, unnest(x) AS old_xmin, unnest(v) AS new_value,
                             unnest(ver) AS old_version, generate_series(1::bigint, cardinality(c)) AS ord) u
               WHERE t.ctid = u.row_ctid AND t.xmin = u.old_xmin AND t.user_id = u.pk0::bigint
                 AND t.version IS NOT DISTINCT FROM u.old_version AND EXISTS (SELECT 1 FROM lease) RETURNING u.ord),
        cp AS (UPDATE shape_ranges SET checkpoint = pk[cardinality(pk)], rows_done = rows_done + (SELECT count(*) FROM w),
                    heartbeat_at = now(), lease_expires_at = now() + make_interval(secs => 60), updated_at = now()
                WHERE id IN (SELECT id FROM lease) RETURNING 1)
   SELECT (SELECT count(*) FROM cp), coalesce((SELECT array_agg(ord) FROM w), '{}') INTO n, ords;
  END IF;
  total := total + (clock_timestamp() - t0);
  COMMIT;
 END LOOP;
 RAISE NOTICE '% (rows % to %): % ms, last batch % rows', shape, base + 1, base + 100000,
   round(extract(epoch from total) * 1000), cardinality(ords);
END $$;
CALL pg_temp.shape_test('from-unnest', 0);
CALL pg_temp.shape_test('select-list', 100000);
CALL pg_temp.shape_test('with-ctes', 200000);
CALL pg_temp.shape_test('with-ctes', 300000);
CALL pg_temp.shape_test('select-list', 400000);
CALL pg_temp.shape_test('from-unnest', 500000);
CALL pg_temp.shape_test('select-list', 600000);
CALL pg_temp.shape_test('from-unnest', 700000);
CALL pg_temp.shape_test('with-ctes', 800000);

-- The engine's batch write, two shapes of it, timed inside the server (docs/BENCHMARKS.md,
-- 2026-12-08): no client, no crypto; the arrays of each 1000-row batch are built before the clock
-- starts. Run on a cluster kept by `idctl dev bench --keep --dir DIR`:
--
--   psql -h DIR/sock -p PORT -U postgres -d bench -f scripts/sql/write-shape.sql
--
-- It rewrites rows of floor_profiles (the bench's copy), never user_profiles.
VACUUM floor_profiles;
CHECKPOINT;
CREATE OR REPLACE PROCEDURE pg_temp.shape_test(shape text, base bigint) LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; total interval := '0'; pk text[]; c tid[]; x xid[]; v bytea[]; ver bigint[]; n int; BEGIN
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
   SELECT count(*) INTO n FROM w;
  ELSE
   WITH w AS (UPDATE floor_profiles AS t SET profile_enc = u.new_value, key_version = 'shape-select'
                FROM (SELECT unnest(pk) AS pk0, unnest(c) AS row_ctid, unnest(x) AS old_xmin, unnest(v) AS new_value,
                             unnest(ver) AS old_version, generate_series(1::bigint, cardinality(c)) AS ord) u
               WHERE t.ctid = u.row_ctid AND t.xmin = u.old_xmin AND t.user_id = u.pk0::bigint
                 AND t.version IS NOT DISTINCT FROM u.old_version RETURNING u.ord)
   SELECT count(*) INTO n FROM w;
  END IF;
  total := total + (clock_timestamp() - t0);
  COMMIT;
 END LOOP;
 RAISE NOTICE '% (rows % to %): % ms, last batch % rows', shape, base + 1, base + 100000,
   round(extract(epoch from total) * 1000), n;
END $$;
CALL pg_temp.shape_test('from-unnest', 0);
CALL pg_temp.shape_test('select-list', 100000);
CALL pg_temp.shape_test('select-list', 200000);
CALL pg_temp.shape_test('from-unnest', 300000);
CALL pg_temp.shape_test('from-unnest', 400000);
CALL pg_temp.shape_test('select-list', 500000);
CALL pg_temp.shape_test('select-list', 600000);
CALL pg_temp.shape_test('from-unnest', 700000);

-- An enterprise's topic carries the enterprise's sectors (',03,04,'), so that an official limited to some sectors
-- sees the topics of enterprises in those sectors only; an office's topic names no sector.
alter table accident_root_cause_topic add column sectors varchar(200) not null default '';
update accident_root_cause_topic set sectors = coalesce((select ',' || string_agg(s.sector_code, ',' order by s.sector_code)
        || ',' from directory_enterprise_sector s where s.enterprise_id = accident_root_cause_topic.enterprise_id), '')
    where enterprise_id is not null;

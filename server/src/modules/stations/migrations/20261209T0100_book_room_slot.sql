-- A member books one place of a room slot in one call to the database, so at a slot's release each winner costs one
-- round trip, not a read and a transaction of eight (stations.bookings.ts: the rules, and why in one call).
-- Outcomes, checked in this order: 'gone' (no such slot, or its room or station retired: no other column is set),
-- 'past', 'not_released', 'closed', 'full', 'blocked' (too many no-shows lately), 'limit' (the member holds as many
-- of the room's bookings as allowed), 'booked' (booking_id set). Every outcome but 'gone' carries the slot as read,
-- which the caller remembers for a second to answer the crowd behind it.
create function book_room_slot(
  p_slot bigint,
  p_member bigint,
  p_at timestamptz,
  p_note text,
  p_no_show_since timestamptz,
  p_no_show_limit int,
  p_block_since timestamptz
) returns table (
  outcome text,
  booking_id bigint,
  last_place boolean,
  no_shows int,
  last_no_show timestamptz,
  id bigint,
  room_id bigint,
  station_id bigint,
  starts_at timestamptz,
  ends_at timestamptz,
  opens_at timestamptz,
  capacity int,
  booked int,
  status text,
  per_member_limit int,
  needs_approval boolean,
  cancel_hours int,
  union_path text,
  room_name text,
  station_name text
)
language plpgsql volatile as $$
#variable_conflict use_column
declare
  v record;
  v_outcome text;
  v_no_shows int;
  v_last_no_show timestamptz;
  v_held int;
  v_id bigint;
  v_last boolean;
begin
  select sl.id, sl.room_id, sl.station_id, sl.starts_at, sl.ends_at, sl.opens_at, sl.capacity, sl.booked, sl.status,
      r.per_member_limit, r.needs_approval, r.cancel_hours, s.union_path, r.name as room_name, s.name as station_name
    into v
    from room_slots sl join station_rooms r on r.id = sl.room_id join stations s on s.id = sl.station_id
    where sl.id = p_slot and r.status = 'active' and s.status = 'active';
  if not found then
    return query select 'gone'::text, null::bigint, null::boolean, null::int, null::timestamptz, null::bigint,
      null::bigint, null::bigint, null::timestamptz, null::timestamptz, null::timestamptz, null::int, null::int,
      null::text, null::int, null::boolean, null::int, null::text, null::text, null::text;
    return;
  end if;
  v_outcome := case
    when v.starts_at <= p_at then 'past'
    when v.opens_at > p_at then 'not_released'
    when v.status <> 'open' then 'closed'
    when v.booked >= v.capacity then 'full'
  end;
  if v_outcome is null then
    -- One member's bookings are decided one at a time, so the per-member limit holds under double clicks. A
    -- volatile function takes a fresh snapshot for each query, so the counts below, read after the lock, see the
    -- member's booking committed just before.
    perform pg_advisory_xact_lock(7002, p_member::int);
    select count(*)::int, max(b.starts_at) into v_no_shows, v_last_no_show from room_bookings b
      where b.member_id = p_member and b.status = 'no_show' and b.starts_at > p_no_show_since;
    select count(*)::int into v_held from room_bookings b
      where b.member_id = p_member and b.room_id = v.room_id and b.status in ('pending', 'confirmed')
        and b.ends_at > p_at;
    v_outcome := case
      when v_no_shows >= p_no_show_limit and v_last_no_show > p_block_since then 'blocked'
      when v_held >= v.per_member_limit then 'limit'
    end;
  end if;
  if v_outcome is null then
    -- The place and the booking in one statement: the counter rises only below capacity (a CHECK forbids passing
    -- it), and the booking is inserted from that update, so both happen or neither.
    with taken as (
      update room_slots set booked = booked + 1
      where id = p_slot and status = 'open' and booked < capacity
      returning id, room_id, station_id, starts_at, ends_at, booked >= capacity as last
    ), booking as (
      insert into room_bookings (slot_id, room_id, station_id, union_path, member_id, starts_at, ends_at, status,
        note, created_at)
      select id, room_id, station_id, v.union_path, p_member, starts_at, ends_at,
        case when v.needs_approval then 'pending' else 'confirmed' end, p_note, p_at
      from taken
      returning id
    )
    select booking.id, taken.last into v_id, v_last from booking, taken;
    v_outcome := case when v_id is null then 'full' else 'booked' end;
  end if;
  return query select v_outcome, v_id, v_last, v_no_shows, v_last_no_show, v.id, v.room_id, v.station_id,
    v.starts_at, v.ends_at, v.opens_at, v.capacity, v.booked, v.status, v.per_member_limit, v.needs_approval,
    v.cancel_hours, v.union_path, v.room_name, v.station_name;
end
$$;

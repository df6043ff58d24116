-- The schema server/migrations and server/src/modules/*/migrations build, dumped by scripts/schema-dump.ts.
-- Generated: do not edit. test/schema.test.ts fails when it is stale (run `npm run gen:schema -w server`).
--
-- PostgreSQL database dump
--

--
-- Name: audit_events_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  raise exception 'audit_events is append-only' using errcode = '42501';
end;
$$;

--
-- Name: book_room_slot(bigint, bigint, timestamp with time zone, text, timestamp with time zone, integer, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.book_room_slot(p_slot bigint, p_member bigint, p_at timestamp with time zone, p_note text, p_no_show_since timestamp with time zone, p_no_show_limit integer, p_block_since timestamp with time zone) RETURNS TABLE(outcome text, booking_id bigint, last_place boolean, no_shows integer, last_no_show timestamp with time zone, id bigint, room_id bigint, station_id bigint, starts_at timestamp with time zone, ends_at timestamp with time zone, opens_at timestamp with time zone, capacity integer, booked integer, status text, per_member_limit integer, needs_approval boolean, cancel_hours integer, union_path text, room_name text, station_name text)
    LANGUAGE plpgsql
    AS $$
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

--
-- Name: notify_auth_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.notify_auth_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  perform pg_notify('zg_auth', '');
  return null;
end $$;

--
-- Name: notify_auth_change_if_gone(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.notify_auth_change_if_gone() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if exists (select 1 from gone) then
    perform pg_notify('zg_auth', '');
  end if;
  return null;
end $$;

--
-- Name: refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end;
$$;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    username text NOT NULL COLLATE pg_catalog."C",
    display_name text NOT NULL,
    password_hash text NOT NULL,
    password_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    must_change_password boolean DEFAULT true NOT NULL,
    password_expires_at timestamp with time zone,
    demo boolean DEFAULT false NOT NULL,
    totp_secret_cipher text,
    totp_enabled boolean DEFAULT false NOT NULL,
    totp_last_step bigint,
    disabled boolean DEFAULT false NOT NULL,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_login_at timestamp with time zone,
    merchant_id bigint,
    phone_cipher text,
    phone_hash text COLLATE pg_catalog."C",
    CONSTRAINT accounts_display_name_check CHECK (((char_length(display_name) >= 1) AND (char_length(display_name) <= 50))),
    CONSTRAINT accounts_username_check CHECK ((username ~ '^[a-z0-9_.-]{3,32}$'::text))
);

--
-- Name: accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.accounts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: appeal_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appeal_events (
    id bigint NOT NULL,
    appeal_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    union_id bigint,
    detail jsonb,
    CONSTRAINT appeal_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['member'::text, 'admin'::text, 'system'::text]))),
    CONSTRAINT appeal_events_kind_check CHECK ((kind = ANY (ARRAY['submitted'::text, 'accepted'::text, 'referred'::text, 'refused'::text, 'started'::text, 'info_requested'::text, 'worker_replied'::text, 'note'::text, 'resolved'::text, 'rated'::text, 'reopened'::text, 'escalated'::text])))
);

--
-- Name: appeal_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.appeal_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.appeal_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: appeal_sla_policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appeal_sla_policies (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    category text NOT NULL,
    first_response_minutes integer NOT NULL,
    resolution_minutes integer NOT NULL,
    CONSTRAINT appeal_sla_policies_category_check CHECK ((category = ANY (ARRAY['any'::text, 'wage_arrears'::text, 'labour_dispute'::text, 'work_injury'::text, 'social_insurance'::text, 'occupational_safety'::text, 'other'::text]))),
    CONSTRAINT appeal_sla_policies_check CHECK ((resolution_minutes >= first_response_minutes)),
    CONSTRAINT appeal_sla_policies_first_response_minutes_check CHECK (((first_response_minutes >= 30) AND (first_response_minutes <= 100000))),
    CONSTRAINT appeal_sla_policies_resolution_minutes_check CHECK (((resolution_minutes >= 60) AND (resolution_minutes <= 1000000)))
);

--
-- Name: appeal_sla_policies_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.appeal_sla_policies ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.appeal_sla_policies_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: appeals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appeals (
    id bigint NOT NULL,
    category text NOT NULL,
    channel text NOT NULL,
    member_id bigint,
    worker_name text NOT NULL,
    phone_cipher text NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    anonymous boolean DEFAULT false NOT NULL,
    employer_id bigint,
    employer_name text NOT NULL,
    amount_owed_fen bigint,
    people_affected integer NOT NULL,
    description text NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    routed_union_id bigint NOT NULL,
    status text DEFAULT 'submitted'::text NOT NULL,
    referred_to text,
    referral_note text,
    refusal_reason text,
    outcome text,
    recovered_fen bigint,
    workers_covered integer,
    rating integer,
    rating_comment text,
    flagged boolean DEFAULT false NOT NULL,
    on_time boolean,
    created_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT appeals_amount_owed_fen_check CHECK (((amount_owed_fen >= 0) AND (amount_owed_fen <= '100000000000'::bigint))),
    CONSTRAINT appeals_category_check CHECK ((category = ANY (ARRAY['wage_arrears'::text, 'labour_dispute'::text, 'work_injury'::text, 'social_insurance'::text, 'occupational_safety'::text, 'other'::text]))),
    CONSTRAINT appeals_channel_check CHECK ((channel = ANY (ARRAY['app'::text, 'hotline'::text]))),
    CONSTRAINT appeals_description_check CHECK (((char_length(description) >= 1) AND (char_length(description) <= 2000))),
    CONSTRAINT appeals_employer_name_check CHECK (((char_length(employer_name) >= 1) AND (char_length(employer_name) <= 100))),
    CONSTRAINT appeals_outcome_check CHECK ((char_length(outcome) <= 500)),
    CONSTRAINT appeals_people_affected_check CHECK (((people_affected >= 1) AND (people_affected <= 100000))),
    CONSTRAINT appeals_rating_check CHECK (((rating >= 1) AND (rating <= 5))),
    CONSTRAINT appeals_rating_comment_check CHECK ((char_length(rating_comment) <= 200)),
    CONSTRAINT appeals_recovered_fen_check CHECK (((recovered_fen >= 0) AND (recovered_fen <= '100000000000'::bigint))),
    CONSTRAINT appeals_referral_note_check CHECK ((char_length(referral_note) <= 200)),
    CONSTRAINT appeals_referred_to_check CHECK ((referred_to = ANY (ARRAY['labour_inspection'::text, 'arbitration'::text, 'court'::text, 'other'::text]))),
    CONSTRAINT appeals_refusal_reason_check CHECK ((char_length(refusal_reason) <= 200)),
    CONSTRAINT appeals_status_check CHECK ((status = ANY (ARRAY['submitted'::text, 'accepted'::text, 'in_progress'::text, 'awaiting_worker'::text, 'referred'::text, 'refused'::text, 'resolved'::text]))),
    CONSTRAINT appeals_worker_name_check CHECK (((char_length(worker_name) >= 1) AND (char_length(worker_name) <= 50))),
    CONSTRAINT appeals_workers_covered_check CHECK (((workers_covered >= 0) AND (workers_covered <= 100000)))
);

--
-- Name: appeals_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.appeals ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.appeals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: article_attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_attachments (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    name text NOT NULL,
    media_key text NOT NULL COLLATE pg_catalog."C",
    media_type text NOT NULL,
    size_bytes bigint NOT NULL,
    uploaded_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT article_attachments_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 120)))
);

--
-- Name: article_attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article_attachments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_attachments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: article_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_events (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    detail jsonb,
    CONSTRAINT article_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['member'::text, 'admin'::text, 'system'::text]))),
    CONSTRAINT article_events_kind_check CHECK ((kind = ANY (ARRAY['created'::text, 'edited'::text, 'submitted'::text, 'approved'::text, 'rejected'::text, 'published'::text, 'withdrawn'::text])))
);

--
-- Name: article_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: article_images; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_images (
    id bigint NOT NULL,
    key text NOT NULL COLLATE pg_catalog."C",
    media_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    uploaded_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT article_images_media_type_check CHECK ((media_type = ANY (ARRAY['image/jpeg'::text, 'image/png'::text]))),
    CONSTRAINT article_images_size_bytes_check CHECK ((size_bytes > 0))
);

--
-- Name: article_images_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.article_images ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.article_images_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: article_reads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_reads (
    article_id bigint NOT NULL,
    member_id bigint NOT NULL,
    read_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: articles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.articles (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    title text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    body_html text NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    audience_categories text[] DEFAULT '{}'::text[] NOT NULL,
    audience_tags text[] DEFAULT '{}'::text[] NOT NULL,
    pinned boolean DEFAULT false NOT NULL,
    publish_at timestamp with time zone,
    expires_at timestamp with time zone,
    status text DEFAULT 'draft'::text NOT NULL,
    author_account_id bigint NOT NULL,
    submitted_by bigint,
    reviewed_by bigint,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    search_vector tsvector DEFAULT ''::tsvector NOT NULL,
    CONSTRAINT articles_audience_tags_check CHECK ((cardinality(audience_tags) <= 10)),
    CONSTRAINT articles_body_html_check CHECK (((char_length(body_html) >= 1) AND (char_length(body_html) <= 200000))),
    CONSTRAINT articles_check CHECK (((expires_at IS NULL) OR (publish_at IS NULL) OR (expires_at > publish_at))),
    CONSTRAINT articles_check1 CHECK (((reviewed_by IS NULL) OR (submitted_by IS NULL) OR (reviewed_by <> submitted_by))),
    CONSTRAINT articles_kind_check CHECK ((kind = ANY (ARRAY['news'::text, 'policy'::text, 'notice'::text, 'guide'::text]))),
    CONSTRAINT articles_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'in_review'::text, 'published'::text, 'withdrawn'::text]))),
    CONSTRAINT articles_summary_check CHECK ((char_length(summary) <= 200)),
    CONSTRAINT articles_tags_check CHECK ((cardinality(tags) <= 10)),
    CONSTRAINT articles_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: articles_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.articles ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.articles_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_applications (
    id bigint NOT NULL,
    member_id bigint,
    applicant_name text NOT NULL,
    id_number_cipher text NOT NULL,
    id_number_hash text NOT NULL COLLATE pg_catalog."C",
    id_number_last4 text NOT NULL,
    phone_cipher text NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    entered_by bigint,
    cause text NOT NULL,
    employment text NOT NULL,
    household_size integer NOT NULL,
    emergency boolean DEFAULT false NOT NULL,
    sensitive_cipher text NOT NULL,
    tier text NOT NULL,
    profile_cipher text NOT NULL,
    rule_version integer NOT NULL,
    status text DEFAULT 'submitted'::text NOT NULL,
    proposed_fen bigint,
    proposed_by bigint,
    approved_fen bigint,
    disbursed_fen bigint DEFAULT 0 NOT NULL,
    budget_union_id bigint,
    budget_year integer,
    refusal_reason text,
    consent_at timestamp with time zone NOT NULL,
    reverify_due date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    reverify_reminded_for date,
    reviewer_id bigint,
    guardian_consent_at timestamp with time zone,
    CONSTRAINT assistance_applications_applicant_name_check CHECK (((char_length(applicant_name) >= 1) AND (char_length(applicant_name) <= 50))),
    CONSTRAINT assistance_applications_approved_fen_check CHECK ((approved_fen > 0)),
    CONSTRAINT assistance_applications_cause_check CHECK ((cause = ANY (ARRAY['illness'::text, 'accident'::text, 'disaster'::text, 'education'::text, 'other'::text]))),
    CONSTRAINT assistance_applications_check CHECK (((disbursed_fen >= 0) AND (disbursed_fen <= COALESCE(approved_fen, (0)::bigint)))),
    CONSTRAINT assistance_applications_employment_check CHECK ((employment = ANY (ARRAY['employed'::text, 'flexible'::text, 'unemployed'::text, 'retired'::text, 'unable'::text]))),
    CONSTRAINT assistance_applications_household_size_check CHECK (((household_size >= 1) AND (household_size <= 30))),
    CONSTRAINT assistance_applications_proposed_fen_check CHECK ((proposed_fen > 0)),
    CONSTRAINT assistance_applications_refusal_reason_check CHECK ((char_length(refusal_reason) <= 200)),
    CONSTRAINT assistance_applications_status_check CHECK ((status = ANY (ARRAY['submitted'::text, 'proposed'::text, 'approved'::text, 'disbursed'::text, 'refused'::text, 'withdrawn'::text]))),
    CONSTRAINT assistance_applications_tier_check CHECK ((tier = ANY (ARRAY['deep'::text, 'accident'::text, 'relative'::text, 'none'::text])))
);

--
-- Name: assistance_applications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assistance_applications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assistance_applications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_budgets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_budgets (
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    year integer NOT NULL,
    amount_fen bigint NOT NULL,
    committed_fen bigint DEFAULT 0 NOT NULL,
    disbursed_fen bigint DEFAULT 0 NOT NULL,
    CONSTRAINT assistance_budgets_amount_fen_check CHECK ((amount_fen > 0)),
    CONSTRAINT assistance_budgets_check CHECK (((committed_fen >= 0) AND (committed_fen <= amount_fen))),
    CONSTRAINT assistance_budgets_check1 CHECK (((disbursed_fen >= 0) AND (disbursed_fen <= committed_fen))),
    CONSTRAINT assistance_budgets_year_check CHECK (((year >= 2000) AND (year <= 2100)))
);

--
-- Name: assistance_disbursements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_disbursements (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    amount_fen bigint NOT NULL,
    method text NOT NULL,
    paid_on date NOT NULL,
    reference text,
    recorded_by bigint NOT NULL,
    mac text NOT NULL COLLATE pg_catalog."C",
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assistance_disbursements_amount_fen_check CHECK ((amount_fen > 0)),
    CONSTRAINT assistance_disbursements_method_check CHECK ((method = ANY (ARRAY['bank_transfer'::text, 'cash'::text, 'wechat'::text, 'in_kind'::text]))),
    CONSTRAINT assistance_disbursements_reference_check CHECK ((char_length(reference) <= 60))
);

--
-- Name: assistance_disbursements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assistance_disbursements ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assistance_disbursements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_events (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    union_id bigint,
    detail jsonb,
    CONSTRAINT assistance_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['member'::text, 'admin'::text, 'system'::text]))),
    CONSTRAINT assistance_events_kind_check CHECK ((kind = ANY (ARRAY['submitted'::text, 'updated'::text, 'proposed'::text, 'approved'::text, 'refused'::text, 'disbursed'::text, 'help_recorded'::text, 'withdrawn'::text, 'reverified'::text, 'reviewer_assigned'::text])))
);

--
-- Name: assistance_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assistance_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assistance_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_help; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_help (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    program_id bigint,
    kind text NOT NULL,
    note text NOT NULL,
    value_fen bigint,
    recorded_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assistance_help_kind_check CHECK ((kind = ANY (ARRAY['policy_subsidy'::text, 'job'::text, 'material_aid'::text, 'mutual_aid'::text, 'education_grant'::text]))),
    CONSTRAINT assistance_help_note_check CHECK (((char_length(note) >= 1) AND (char_length(note) <= 200))),
    CONSTRAINT assistance_help_value_fen_check CHECK ((value_fen >= 0))
);

--
-- Name: assistance_help_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assistance_help ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assistance_help_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_programs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_programs (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    tiers text[] DEFAULT '{}'::text[] NOT NULL,
    causes text[] DEFAULT '{}'::text[] NOT NULL,
    max_amount_fen bigint,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assistance_programs_description_check CHECK ((char_length(description) <= 500)),
    CONSTRAINT assistance_programs_kind_check CHECK ((kind = ANY (ARRAY['policy_subsidy'::text, 'job'::text, 'material_aid'::text, 'mutual_aid'::text, 'education_grant'::text]))),
    CONSTRAINT assistance_programs_max_amount_fen_check CHECK ((max_amount_fen > 0)),
    CONSTRAINT assistance_programs_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 60)))
);

--
-- Name: assistance_programs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assistance_programs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assistance_programs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assistance_rule_sets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assistance_rule_sets (
    version integer NOT NULL,
    config jsonb NOT NULL,
    note text NOT NULL,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assistance_rule_sets_note_check CHECK (((char_length(note) >= 1) AND (char_length(note) <= 200)))
);

--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    actor_name text,
    actor_roles text,
    action text NOT NULL,
    outcome text DEFAULT 'success'::text NOT NULL,
    target_type text,
    target_id text,
    union_id bigint,
    union_path text COLLATE pg_catalog."C",
    before jsonb,
    after jsonb,
    detail jsonb,
    ip text,
    request_id text,
    CONSTRAINT audit_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['admin'::text, 'member'::text, 'anonymous'::text, 'system'::text]))),
    CONSTRAINT audit_events_outcome_check CHECK ((outcome = ANY (ARRAY['success'::text, 'failure'::text])))
);

--
-- Name: audit_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: bill_payments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bill_payments (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    bill_kind text NOT NULL,
    account_cipher text NOT NULL,
    account_masked text NOT NULL,
    amount_fen bigint NOT NULL,
    points bigint NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    partner_ref text,
    failure text,
    idem_key text NOT NULL COLLATE pg_catalog."C",
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    settled_at timestamp with time zone,
    CONSTRAINT bill_payments_amount_fen_check CHECK (((amount_fen >= 100) AND (amount_fen <= 50000))),
    CONSTRAINT bill_payments_bill_kind_check CHECK ((bill_kind = ANY (ARRAY['phone'::text, 'electricity'::text]))),
    CONSTRAINT bill_payments_points_check CHECK ((points > 0)),
    CONSTRAINT bill_payments_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'paid'::text, 'failed'::text])))
);

--
-- Name: bill_payments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bill_payments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.bill_payments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: claim_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_events (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    kind text NOT NULL,
    actor_account_id bigint,
    note text,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: claim_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.claim_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: claims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claims (
    id bigint NOT NULL,
    offer_id bigint NOT NULL,
    member_id bigint NOT NULL,
    idem_key text NOT NULL COLLATE pg_catalog."C",
    quantity integer NOT NULL,
    status text NOT NULL,
    decision_reason text,
    rank integer,
    hold_expires_at timestamp with time zone,
    points_spent bigint DEFAULT 0 NOT NULL,
    survey_answer text,
    checked_in_at timestamp with time zone,
    checked_in_by bigint,
    cancelled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT claims_quantity_check CHECK (((quantity >= 1) AND (quantity <= 100))),
    CONSTRAINT claims_status_check CHECK ((status = ANY (ARRAY['confirmed'::text, 'applied'::text, 'waitlisted'::text, 'offered'::text, 'cancelled'::text, 'lost'::text, 'expired'::text, 'rejected'::text])))
);

--
-- Name: claims_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claims ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.claims_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: consultation_bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consultation_bookings (
    id bigint NOT NULL,
    slot_id bigint NOT NULL,
    member_id bigint NOT NULL,
    topic text NOT NULL,
    status text DEFAULT 'booked'::text NOT NULL,
    outcome text,
    reminded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT consultation_bookings_outcome_check CHECK ((char_length(outcome) <= 1000)),
    CONSTRAINT consultation_bookings_status_check CHECK ((status = ANY (ARRAY['booked'::text, 'cancelled'::text, 'completed'::text, 'no_show'::text]))),
    CONSTRAINT consultation_bookings_topic_check CHECK (((char_length(topic) >= 1) AND (char_length(topic) <= 500)))
);

--
-- Name: consultation_bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.consultation_bookings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.consultation_bookings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: contest_answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contest_answers (
    attempt_id bigint NOT NULL,
    "position" integer NOT NULL,
    question_id bigint NOT NULL,
    chosen jsonb NOT NULL,
    correct boolean NOT NULL,
    timed_out boolean NOT NULL,
    ms integer NOT NULL,
    too_fast boolean NOT NULL,
    answered_at timestamp with time zone NOT NULL
);

--
-- Name: contest_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contest_attempts (
    id bigint NOT NULL,
    contest_id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    day date NOT NULL,
    draw jsonb NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    served_at timestamp with time zone NOT NULL,
    status text DEFAULT 'running'::text NOT NULL,
    correct integer DEFAULT 0 NOT NULL,
    total_ms bigint DEFAULT 0 NOT NULL,
    points integer DEFAULT 0 NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    points_posted_at timestamp with time zone,
    CONSTRAINT contest_attempts_status_check CHECK ((status = ANY (ARRAY['running'::text, 'finished'::text])))
);

--
-- Name: contest_attempts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.contest_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.contest_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: contest_bests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contest_bests (
    contest_id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    correct integer NOT NULL,
    total_ms bigint NOT NULL,
    flagged boolean DEFAULT false NOT NULL
);

--
-- Name: contest_questions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contest_questions (
    contest_id bigint NOT NULL,
    question_id bigint NOT NULL
);

--
-- Name: contests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contests (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    questions_per_attempt integer NOT NULL,
    seconds_per_question integer NOT NULL,
    attempts_per_day integer NOT NULL,
    points_per_correct integer DEFAULT 0 NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT contests_attempts_per_day_check CHECK (((attempts_per_day >= 1) AND (attempts_per_day <= 10))),
    CONSTRAINT contests_check CHECK ((closes_at > opens_at)),
    CONSTRAINT contests_description_check CHECK ((char_length(description) <= 1000)),
    CONSTRAINT contests_points_per_correct_check CHECK (((points_per_correct >= 0) AND (points_per_correct <= 100))),
    CONSTRAINT contests_questions_per_attempt_check CHECK (((questions_per_attempt >= 1) AND (questions_per_attempt <= 50))),
    CONSTRAINT contests_seconds_per_question_check CHECK (((seconds_per_question >= 5) AND (seconds_per_question <= 300))),
    CONSTRAINT contests_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text]))),
    CONSTRAINT contests_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: contests_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.contests ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.contests_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: course_certificates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_certificates (
    code text NOT NULL COLLATE pg_catalog."C",
    course_id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT course_certificates_code_check CHECK ((code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'::text))
);

--
-- Name: course_enrolments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_enrolments (
    course_id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    enrolled_at timestamp with time zone DEFAULT now() NOT NULL,
    last_lesson_id bigint,
    completed_at timestamp with time zone
);

--
-- Name: course_lessons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_lessons (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    "position" integer NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    body text DEFAULT ''::text NOT NULL,
    media_key text COLLATE pg_catalog."C",
    media_bytes bigint,
    seconds integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT course_lessons_body_check CHECK ((char_length(body) <= 100000)),
    CONSTRAINT course_lessons_check CHECK (((kind = 'article'::text) = (media_key IS NULL))),
    CONSTRAINT course_lessons_kind_check CHECK ((kind = ANY (ARRAY['video'::text, 'article'::text, 'pdf'::text]))),
    CONSTRAINT course_lessons_position_check CHECK ((("position" >= 1) AND ("position" <= 200))),
    CONSTRAINT course_lessons_seconds_check CHECK (((seconds >= 0) AND (seconds <= 36000))),
    CONSTRAINT course_lessons_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: course_lessons_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.course_lessons ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.course_lessons_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: courses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    category text NOT NULL,
    offer_id bigint,
    status text DEFAULT 'draft'::text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    published_at timestamp with time zone,
    CONSTRAINT courses_category_check CHECK ((category = ANY (ARRAY['skills'::text, 'safety'::text, 'law'::text, 'politics'::text, 'health'::text, 'other'::text]))),
    CONSTRAINT courses_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'withdrawn'::text]))),
    CONSTRAINT courses_summary_check CHECK ((char_length(summary) <= 1000)),
    CONSTRAINT courses_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: courses_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.courses ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.courses_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dev_sms_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dev_sms_outbox (
    id bigint NOT NULL,
    phone_masked text NOT NULL,
    phone_hash text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: dev_sms_outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dev_sms_outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dev_sms_outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: document_recipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_recipients (
    document_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    read_at timestamp with time zone,
    read_by bigint,
    replied_at timestamp with time zone,
    replied_by bigint,
    reply_text text,
    reminded_at timestamp with time zone,
    reminders integer DEFAULT 0 NOT NULL,
    CONSTRAINT document_recipients_check CHECK (((replied_at IS NULL) OR (read_at IS NOT NULL))),
    CONSTRAINT document_recipients_reply_text_check CHECK ((char_length(reply_text) <= 2000))
);

--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    body_html text NOT NULL,
    recipient_level text NOT NULL,
    reply_required boolean DEFAULT false NOT NULL,
    due_at timestamp with time zone,
    sent_by bigint NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    CONSTRAINT documents_body_html_check CHECK (((char_length(body_html) >= 1) AND (char_length(body_html) <= 200000))),
    CONSTRAINT documents_recipient_level_check CHECK ((recipient_level = ANY (ARRAY['city'::text, 'county'::text, 'township'::text, 'base'::text]))),
    CONSTRAINT documents_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.documents ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.documents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: employers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.employers (
    id bigint NOT NULL,
    credit_code text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    address text,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT employers_address_check CHECK ((char_length(address) <= 200)),
    CONSTRAINT employers_credit_code_check CHECK ((credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'::text)),
    CONSTRAINT employers_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100)))
);

--
-- Name: employers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.employers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.employers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: export_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.export_requests (
    id bigint NOT NULL,
    kind text NOT NULL,
    filters jsonb NOT NULL,
    row_count integer NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    reason text NOT NULL,
    requested_by bigint NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    decided_by bigint,
    decided_at timestamp with time zone,
    refusal_reason text,
    downloaded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT export_requests_check CHECK (((decided_by IS NULL) OR (decided_by <> requested_by))),
    CONSTRAINT export_requests_kind_check CHECK ((kind = 'members'::text)),
    CONSTRAINT export_requests_reason_check CHECK (((char_length(reason) >= 1) AND (char_length(reason) <= 200))),
    CONSTRAINT export_requests_refusal_reason_check CHECK ((char_length(refusal_reason) <= 200)),
    CONSTRAINT export_requests_row_count_check CHECK ((row_count >= 0)),
    CONSTRAINT export_requests_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'refused'::text, 'downloaded'::text])))
);

--
-- Name: export_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.export_requests ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.export_requests_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.files (
    id bigint NOT NULL,
    purpose text NOT NULL,
    media_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL COLLATE pg_catalog."C",
    original_name text NOT NULL,
    content_cipher bytea NOT NULL,
    uploaded_by_kind text NOT NULL,
    uploaded_by_id bigint,
    uploaded_by_phone_hash text COLLATE pg_catalog."C",
    attached_kind text,
    attached_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    scanned_at timestamp with time zone,
    scanned_by text,
    infected_signature text,
    CONSTRAINT files_attached_kind_check CHECK ((attached_kind = ANY (ARRAY['assistance'::text, 'appeal'::text]))),
    CONSTRAINT files_media_type_check CHECK ((media_type = ANY (ARRAY['image/jpeg'::text, 'image/png'::text, 'application/pdf'::text]))),
    CONSTRAINT files_original_name_check CHECK (((char_length(original_name) >= 1) AND (char_length(original_name) <= 120))),
    CONSTRAINT files_purpose_check CHECK ((purpose = ANY (ARRAY['assistance_evidence'::text, 'appeal_evidence'::text]))),
    CONSTRAINT files_size_bytes_check CHECK (((size_bytes >= 1) AND (size_bytes <= 10485760))),
    CONSTRAINT files_uploaded_by_kind_check CHECK ((uploaded_by_kind = ANY (ARRAY['member'::text, 'admin'::text])))
);

--
-- Name: files_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.files ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.files_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: job_application_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_application_events (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    detail jsonb,
    CONSTRAINT job_application_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['admin'::text, 'member'::text, 'system'::text])))
);

--
-- Name: job_application_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.job_application_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_application_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: job_applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_applications (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    intro text NOT NULL,
    status text DEFAULT 'applied'::text NOT NULL,
    interview_at timestamp with time zone,
    interview_place text,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT job_applications_interview_place_check CHECK ((char_length(interview_place) <= 100)),
    CONSTRAINT job_applications_intro_check CHECK (((char_length(intro) >= 1) AND (char_length(intro) <= 500))),
    CONSTRAINT job_applications_note_check CHECK ((char_length(note) <= 300)),
    CONSTRAINT job_applications_status_check CHECK ((status = ANY (ARRAY['applied'::text, 'interview'::text, 'hired'::text, 'rejected'::text, 'withdrawn'::text])))
);

--
-- Name: job_applications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.job_applications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_applications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: job_fair_booths; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_fair_booths (
    id bigint NOT NULL,
    fair_id bigint NOT NULL,
    booth_no text NOT NULL,
    employer_id bigint,
    employer_name text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT job_fair_booths_booth_no_check CHECK (((char_length(booth_no) >= 1) AND (char_length(booth_no) <= 10))),
    CONSTRAINT job_fair_booths_employer_name_check CHECK (((char_length(employer_name) >= 1) AND (char_length(employer_name) <= 100))),
    CONSTRAINT job_fair_booths_note_check CHECK ((char_length(note) <= 200))
);

--
-- Name: job_fair_booths_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.job_fair_booths ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_fair_booths_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: job_fair_visitors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_fair_visitors (
    fair_id bigint NOT NULL,
    member_id bigint NOT NULL,
    registered_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: job_fairs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_fairs (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    station_id bigint,
    place text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status text DEFAULT 'published'::text NOT NULL,
    cancel_reason text,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT job_fairs_check CHECK ((ends_at > starts_at)),
    CONSTRAINT job_fairs_description_check CHECK ((char_length(description) <= 1000)),
    CONSTRAINT job_fairs_place_check CHECK (((char_length(place) >= 1) AND (char_length(place) <= 100))),
    CONSTRAINT job_fairs_status_check CHECK ((status = ANY (ARRAY['published'::text, 'cancelled'::text]))),
    CONSTRAINT job_fairs_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 50)))
);

--
-- Name: job_fairs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.job_fairs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_fairs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: job_matches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_matches (
    job_id bigint NOT NULL,
    member_id bigint NOT NULL,
    reasons jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: job_seekers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_seekers (
    member_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kinds text[] DEFAULT '{gig,long_term}'::text[] NOT NULL,
    skills text[] DEFAULT '{}'::text[] NOT NULL,
    lat double precision,
    lng double precision,
    within_km integer,
    min_pay integer,
    consent boolean NOT NULL,
    consented_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT job_seekers_skills_check CHECK ((cardinality(skills) <= 10)),
    CONSTRAINT job_seekers_within_km_check CHECK (((within_km >= 1) AND (within_km <= 500)))
);

--
-- Name: job_walkins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_walkins (
    id bigint NOT NULL,
    station_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    phone_cipher text NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    skills text[] DEFAULT '{}'::text[] NOT NULL,
    kinds text[] DEFAULT '{gig}'::text[] NOT NULL,
    consent boolean NOT NULL,
    registered_by bigint NOT NULL,
    registered_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT job_walkins_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 30))),
    CONSTRAINT job_walkins_skills_check CHECK ((cardinality(skills) <= 10))
);

--
-- Name: job_walkins_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.job_walkins ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.job_walkins_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    employer_id bigint,
    employer_name text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    skills text[] DEFAULT '{}'::text[] NOT NULL,
    kind text NOT NULL,
    place text NOT NULL,
    lat double precision,
    lng double precision,
    pay_min integer NOT NULL,
    pay_max integer NOT NULL,
    pay_unit text NOT NULL,
    hours text DEFAULT ''::text NOT NULL,
    headcount integer NOT NULL,
    closes_on date NOT NULL,
    status text DEFAULT 'in_review'::text NOT NULL,
    review_note text,
    posted_by bigint NOT NULL,
    reviewed_by bigint,
    reviewed_at timestamp with time zone,
    published_at timestamp with time zone,
    reached integer DEFAULT 0 NOT NULL,
    matched_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    station_id bigint,
    CONSTRAINT jobs_check CHECK ((pay_max >= pay_min)),
    CONSTRAINT jobs_check1 CHECK (((reviewed_by IS NULL) OR (reviewed_by <> posted_by))),
    CONSTRAINT jobs_description_check CHECK ((char_length(description) <= 2000)),
    CONSTRAINT jobs_employer_name_check CHECK (((char_length(employer_name) >= 1) AND (char_length(employer_name) <= 100))),
    CONSTRAINT jobs_headcount_check CHECK (((headcount >= 1) AND (headcount <= 10000))),
    CONSTRAINT jobs_hours_check CHECK ((char_length(hours) <= 100)),
    CONSTRAINT jobs_kind_check CHECK ((kind = ANY (ARRAY['gig'::text, 'long_term'::text]))),
    CONSTRAINT jobs_lat_check CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision))),
    CONSTRAINT jobs_lng_check CHECK (((lng >= ('-180'::integer)::double precision) AND (lng <= (180)::double precision))),
    CONSTRAINT jobs_pay_min_check CHECK ((pay_min >= 0)),
    CONSTRAINT jobs_pay_unit_check CHECK ((pay_unit = ANY (ARRAY['hour'::text, 'day'::text, 'month'::text, 'piece'::text]))),
    CONSTRAINT jobs_place_check CHECK (((char_length(place) >= 1) AND (char_length(place) <= 100))),
    CONSTRAINT jobs_review_note_check CHECK ((char_length(review_note) <= 300)),
    CONSTRAINT jobs_skills_check CHECK ((cardinality(skills) <= 10)),
    CONSTRAINT jobs_status_check CHECK ((status = ANY (ARRAY['in_review'::text, 'published'::text, 'rejected'::text, 'closed'::text]))),
    CONSTRAINT jobs_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 50)))
);

--
-- Name: jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.jobs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: key_checks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.key_checks (
    purpose text NOT NULL,
    cipher text NOT NULL,
    hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: legal_slots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_slots (
    id bigint NOT NULL,
    lawyer_account_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    mode text NOT NULL,
    place text,
    status text DEFAULT 'open'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT legal_slots_check CHECK (((ends_at > starts_at) AND (ends_at <= (starts_at + '04:00:00'::interval)))),
    CONSTRAINT legal_slots_mode_check CHECK ((mode = ANY (ARRAY['in_person'::text, 'phone'::text, 'video'::text]))),
    CONSTRAINT legal_slots_place_check CHECK ((char_length(place) <= 100)),
    CONSTRAINT legal_slots_status_check CHECK ((status = ANY (ARRAY['open'::text, 'cancelled'::text])))
);

--
-- Name: legal_slots_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.legal_slots ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.legal_slots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: lesson_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lesson_progress (
    lesson_id bigint NOT NULL,
    member_id bigint NOT NULL,
    course_id bigint NOT NULL,
    position_seconds double precision DEFAULT 0 NOT NULL,
    credited_seconds double precision DEFAULT 0 NOT NULL,
    opened_at timestamp with time zone DEFAULT now() NOT NULL,
    reported_at timestamp with time zone DEFAULT now() NOT NULL,
    completed_at timestamp with time zone
);

--
-- Name: member_corrections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_corrections (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    field text NOT NULL,
    new_value_cipher text,
    new_phone_hash text,
    new_employer_id bigint,
    status text DEFAULT 'pending'::text NOT NULL,
    decision_reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_at timestamp with time zone,
    CONSTRAINT member_corrections_decision_reason_check CHECK ((char_length(decision_reason) <= 200)),
    CONSTRAINT member_corrections_field_check CHECK ((field = ANY (ARRAY['phone'::text, 'employer'::text, 'address'::text]))),
    CONSTRAINT member_corrections_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'cancelled'::text])))
);

--
-- Name: member_corrections_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_corrections ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_corrections_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: member_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_events (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    detail jsonb,
    CONSTRAINT member_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['member'::text, 'admin'::text, 'system'::text]))),
    CONSTRAINT member_events_kind_check CHECK ((kind = ANY (ARRAY['joined'::text, 'left'::text, 'reinstated'::text, 'transferred'::text, 'corrected'::text])))
);

--
-- Name: member_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: member_import_rows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_import_rows (
    import_id bigint NOT NULL,
    row_no integer NOT NULL,
    outcome text NOT NULL,
    errors text[] DEFAULT '{}'::text[] NOT NULL,
    name text,
    id_number_cipher text,
    id_number_hash text COLLATE pg_catalog."C",
    id_number_last4 text,
    phone_cipher text,
    phone_hash text,
    gender text,
    birth_date date,
    category text,
    employer_id bigint,
    joined_at timestamp with time zone,
    id_number_masked text,
    CONSTRAINT member_import_rows_id_number_masked_check CHECK ((char_length(id_number_masked) <= 24)),
    CONSTRAINT member_import_rows_outcome_check CHECK ((outcome = ANY (ARRAY['valid'::text, 'exists'::text, 'error'::text, 'inserted'::text])))
);

--
-- Name: member_imports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_imports (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    created_by bigint NOT NULL,
    file_name text NOT NULL,
    file_sha256 text NOT NULL,
    status text DEFAULT 'validated'::text NOT NULL,
    total_rows integer DEFAULT 0 NOT NULL,
    valid_rows integer DEFAULT 0 NOT NULL,
    error_rows integer DEFAULT 0 NOT NULL,
    existing_rows integer DEFAULT 0 NOT NULL,
    inserted integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    committed_at timestamp with time zone,
    CONSTRAINT member_imports_file_name_check CHECK ((char_length(file_name) <= 200)),
    CONSTRAINT member_imports_status_check CHECK ((status = ANY (ARRAY['validated'::text, 'committing'::text, 'committed'::text])))
);

--
-- Name: member_imports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_imports ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_imports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: member_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_messages (
    id bigint NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    read_at timestamp with time zone,
    template text,
    params jsonb,
    title_en text,
    body_en text,
    dedupe_key text COLLATE pg_catalog."C",
    sms_state text DEFAULT 'none'::text NOT NULL,
    sms_text text,
    sms_phone_cipher text,
    sms_sent_at timestamp with time zone,
    CONSTRAINT member_messages_sms_state_check CHECK ((sms_state = ANY (ARRAY['none'::text, 'pending'::text, 'sent'::text])))
);

--
-- Name: member_messages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_messages ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: member_transfers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_transfers (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    from_union_id bigint NOT NULL,
    from_path text NOT NULL COLLATE pg_catalog."C",
    to_union_id bigint NOT NULL,
    to_path text NOT NULL COLLATE pg_catalog."C",
    status text DEFAULT 'pending_out'::text NOT NULL,
    reason text,
    decision_reason text,
    requested_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_at timestamp with time zone,
    CONSTRAINT member_transfers_decision_reason_check CHECK ((char_length(decision_reason) <= 200)),
    CONSTRAINT member_transfers_reason_check CHECK ((char_length(reason) <= 200)),
    CONSTRAINT member_transfers_requested_by_check CHECK ((requested_by = ANY (ARRAY['member'::text, 'admin'::text]))),
    CONSTRAINT member_transfers_status_check CHECK ((status = ANY (ARRAY['pending_out'::text, 'pending_in'::text, 'completed'::text, 'rejected'::text, 'cancelled'::text])))
);

--
-- Name: member_transfers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_transfers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_transfers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    employer_id bigint,
    name text NOT NULL,
    id_number_cipher text NOT NULL,
    id_number_hash text NOT NULL COLLATE pg_catalog."C",
    id_number_last4 text NOT NULL,
    phone_cipher text NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    gender text NOT NULL,
    birth_date date NOT NULL,
    category text DEFAULT 'employee'::text NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    card_no text COLLATE pg_catalog."C",
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    job text,
    political_status text,
    education text,
    left_at timestamp with time zone,
    left_reason text,
    address_cipher text,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    CONSTRAINT members_category_check CHECK ((category = ANY (ARRAY['employee'::text, 'rider'::text, 'courier'::text, 'ride_hailing'::text, 'trucking'::text, 'domestic'::text, 'other_gig'::text]))),
    CONSTRAINT members_education_check CHECK ((education = ANY (ARRAY['primary'::text, 'junior'::text, 'senior'::text, 'vocational'::text, 'college'::text, 'bachelor'::text, 'master'::text, 'doctor'::text]))),
    CONSTRAINT members_gender_check CHECK ((gender = ANY (ARRAY['male'::text, 'female'::text]))),
    CONSTRAINT members_id_number_last4_check CHECK ((id_number_last4 ~ '^[0-9]{3}[0-9X]$'::text)),
    CONSTRAINT members_job_check CHECK ((char_length(job) <= 50)),
    CONSTRAINT members_left_reason_check CHECK ((char_length(left_reason) <= 200)),
    CONSTRAINT members_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 50))),
    CONSTRAINT members_political_status_check CHECK ((political_status = ANY (ARRAY['party_member'::text, 'probationary'::text, 'league_member'::text, 'masses'::text, 'other'::text]))),
    CONSTRAINT members_status_check CHECK ((status = ANY (ARRAY['active'::text, 'left'::text])))
);

--
-- Name: members_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.members ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: membership_application_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.membership_application_events (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    detail jsonb,
    CONSTRAINT membership_application_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['member'::text, 'admin'::text, 'system'::text]))),
    CONSTRAINT membership_application_events_kind_check CHECK ((kind = ANY (ARRAY['submitted'::text, 'edited'::text, 'rerouted'::text, 'approved'::text, 'rejected'::text, 'withdrawn'::text])))
);

--
-- Name: membership_application_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.membership_application_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.membership_application_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: membership_applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.membership_applications (
    id bigint NOT NULL,
    applicant_phone_hash text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    id_number_cipher text NOT NULL,
    id_number_hash text NOT NULL COLLATE pg_catalog."C",
    id_number_last4 text NOT NULL,
    phone_cipher text NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    gender text NOT NULL,
    birth_date date NOT NULL,
    employer_id bigint,
    category text NOT NULL,
    job text,
    political_status text,
    education text,
    lng double precision,
    lat double precision,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    channel text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    reason text,
    member_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_at timestamp with time zone,
    CONSTRAINT membership_applications_category_check CHECK ((category = ANY (ARRAY['employee'::text, 'rider'::text, 'courier'::text, 'ride_hailing'::text, 'trucking'::text, 'domestic'::text, 'other_gig'::text]))),
    CONSTRAINT membership_applications_channel_check CHECK ((channel = ANY (ARRAY['online'::text, 'qr'::text]))),
    CONSTRAINT membership_applications_gender_check CHECK ((gender = ANY (ARRAY['male'::text, 'female'::text]))),
    CONSTRAINT membership_applications_job_check CHECK ((char_length(job) <= 50)),
    CONSTRAINT membership_applications_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 50))),
    CONSTRAINT membership_applications_reason_check CHECK ((char_length(reason) <= 200)),
    CONSTRAINT membership_applications_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'withdrawn'::text])))
);

--
-- Name: membership_applications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.membership_applications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.membership_applications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: merchants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.merchants (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    address text DEFAULT ''::text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT merchants_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100)))
);

--
-- Name: merchants_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.merchants ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.merchants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: offer_feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offer_feedback (
    claim_id bigint NOT NULL,
    offer_id bigint NOT NULL,
    rating integer NOT NULL,
    comment text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT offer_feedback_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);

--
-- Name: offer_holdings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offer_holdings (
    offer_id bigint NOT NULL,
    member_id bigint NOT NULL,
    units integer NOT NULL,
    limit_units integer NOT NULL,
    CONSTRAINT offer_holdings_check CHECK ((units <= limit_units)),
    CONSTRAINT offer_holdings_units_check CHECK ((units >= 0))
);

--
-- Name: offers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offers (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    mode text NOT NULL,
    capacity integer NOT NULL,
    taken integer DEFAULT 0 NOT NULL,
    per_member_limit integer DEFAULT 1 NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    place text DEFAULT ''::text NOT NULL,
    teacher text DEFAULT ''::text NOT NULL,
    online boolean DEFAULT false NOT NULL,
    merchant_id bigint,
    face_value_fen bigint DEFAULT 0 NOT NULL,
    points_cost bigint DEFAULT 0 NOT NULL,
    checkin_points bigint DEFAULT 0 NOT NULL,
    valid_until timestamp with time zone,
    eligible_categories text[] DEFAULT '{}'::text[] NOT NULL,
    eligible_tags text[] DEFAULT '{}'::text[] NOT NULL,
    min_tenure_days integer DEFAULT 0 NOT NULL,
    waitlist boolean DEFAULT true NOT NULL,
    accept_minutes integer DEFAULT 30 NOT NULL,
    cancel_hours integer,
    survey_question text,
    status text DEFAULT 'draft'::text NOT NULL,
    budget_year integer,
    budget_committed_fen bigint DEFAULT 0 NOT NULL,
    lottery_seed text,
    lottery_drawn_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT offers_accept_minutes_check CHECK (((accept_minutes >= 1) AND (accept_minutes <= 10080))),
    CONSTRAINT offers_cancel_hours_check CHECK (((cancel_hours >= 0) AND (cancel_hours <= 8760))),
    CONSTRAINT offers_capacity_check CHECK (((capacity >= 1) AND (capacity <= 1000000))),
    CONSTRAINT offers_check CHECK (((taken >= 0) AND (taken <= capacity))),
    CONSTRAINT offers_check1 CHECK ((closes_at > opens_at)),
    CONSTRAINT offers_check2 CHECK (((mode = 'first_come'::text) OR (per_member_limit = 1))),
    CONSTRAINT offers_checkin_points_check CHECK (((checkin_points >= 0) AND (checkin_points <= 100000))),
    CONSTRAINT offers_face_value_fen_check CHECK (((face_value_fen >= 0) AND (face_value_fen <= 100000000))),
    CONSTRAINT offers_kind_check CHECK ((kind = ANY (ARRAY['voucher'::text, 'course'::text, 'activity'::text, 'subsidy'::text]))),
    CONSTRAINT offers_min_tenure_days_check CHECK (((min_tenure_days >= 0) AND (min_tenure_days <= 36500))),
    CONSTRAINT offers_mode_check CHECK ((mode = ANY (ARRAY['first_come'::text, 'lottery'::text]))),
    CONSTRAINT offers_per_member_limit_check CHECK (((per_member_limit >= 1) AND (per_member_limit <= 100))),
    CONSTRAINT offers_points_cost_check CHECK (((points_cost >= 0) AND (points_cost <= 100000000))),
    CONSTRAINT offers_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'cancelled'::text]))),
    CONSTRAINT offers_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 100)))
);

--
-- Name: offers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.offers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.offers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: otp_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_codes (
    id bigint NOT NULL,
    phone_hash text NOT NULL COLLATE pg_catalog."C",
    purpose text NOT NULL,
    code_hash text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT otp_codes_purpose_check CHECK ((purpose = ANY (ARRAY['login'::text, 'change_phone'::text, 'account_phone'::text])))
);

--
-- Name: otp_codes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_codes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.otp_codes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: points_accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.points_accounts (
    id bigint NOT NULL,
    kind text NOT NULL,
    member_id bigint,
    union_id bigint,
    balance bigint DEFAULT 0 NOT NULL,
    CONSTRAINT points_accounts_check CHECK (((kind <> 'member'::text) OR (balance >= 0))),
    CONSTRAINT points_accounts_check1 CHECK (((kind = 'member'::text) = (member_id IS NOT NULL))),
    CONSTRAINT points_accounts_check2 CHECK (((kind = 'union_pool'::text) = (union_id IS NOT NULL))),
    CONSTRAINT points_accounts_kind_check CHECK ((kind = ANY (ARRAY['member'::text, 'union_pool'::text, 'partner'::text])))
);

--
-- Name: points_accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.points_accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.points_accounts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: points_issuance_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.points_issuance_plans (
    union_id bigint NOT NULL,
    amount_per_member bigint NOT NULL,
    reason text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_by bigint,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT points_issuance_plans_amount_per_member_check CHECK (((amount_per_member >= 1) AND (amount_per_member <= 100000))),
    CONSTRAINT points_issuance_plans_reason_check CHECK (((char_length(reason) >= 1) AND (char_length(reason) <= 200)))
);

--
-- Name: points_postings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.points_postings (
    id bigint NOT NULL,
    transaction_id bigint NOT NULL,
    debit_account_id bigint NOT NULL,
    credit_account_id bigint NOT NULL,
    amount bigint NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT points_postings_amount_check CHECK (((amount > 0) AND (amount <= '1000000000000'::bigint))),
    CONSTRAINT points_postings_check CHECK ((debit_account_id <> credit_account_id))
);

--
-- Name: points_postings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.points_postings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.points_postings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: points_transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.points_transactions (
    id bigint NOT NULL,
    kind text NOT NULL,
    reason text NOT NULL,
    source text NOT NULL,
    idem_key text NOT NULL COLLATE pg_catalog."C",
    reverses_id bigint,
    union_id bigint,
    actor_account_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT points_transactions_kind_check CHECK ((kind = ANY (ARRAY['issuance'::text, 'checkin'::text, 'offer_spend'::text, 'offer_refund'::text, 'bill_payment'::text, 'bill_refund'::text, 'adjustment'::text, 'expiry'::text, 'reversal'::text, 'reward'::text]))),
    CONSTRAINT points_transactions_reason_check CHECK (((char_length(reason) >= 1) AND (char_length(reason) <= 200)))
);

--
-- Name: points_transactions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.points_transactions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.points_transactions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: quiz_questions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quiz_questions (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    stem text NOT NULL,
    options jsonb NOT NULL,
    answer jsonb NOT NULL,
    explanation text DEFAULT ''::text NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT quiz_questions_answer_check CHECK (((jsonb_typeof(answer) = 'array'::text) AND (jsonb_array_length(answer) >= 1))),
    CONSTRAINT quiz_questions_explanation_check CHECK ((char_length(explanation) <= 500)),
    CONSTRAINT quiz_questions_kind_check CHECK ((kind = ANY (ARRAY['single'::text, 'multiple'::text, 'judge'::text]))),
    CONSTRAINT quiz_questions_options_check CHECK (((jsonb_typeof(options) = 'array'::text) AND ((jsonb_array_length(options) >= 2) AND (jsonb_array_length(options) <= 6)))),
    CONSTRAINT quiz_questions_stem_check CHECK (((char_length(stem) >= 1) AND (char_length(stem) <= 500)))
);

--
-- Name: quiz_questions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.quiz_questions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.quiz_questions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: rate_limits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rate_limits (
    key text NOT NULL COLLATE pg_catalog."C",
    window_start timestamp with time zone NOT NULL,
    count integer NOT NULL
);

--
-- Name: role_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_grants (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    role text NOT NULL,
    union_id bigint NOT NULL,
    granted_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT role_grants_role_check CHECK ((role = ANY (ARRAY['system_admin'::text, 'union_admin'::text, 'membership_officer'::text, 'case_handler'::text, 'station_manager'::text, 'editor'::text, 'auditor'::text, 'benefits_officer'::text, 'merchant_clerk'::text, 'assistance_officer'::text, 'lawyer'::text])))
);

--
-- Name: role_grants_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.role_grants ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.role_grants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: room_bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_bookings (
    id bigint NOT NULL,
    slot_id bigint NOT NULL,
    room_id bigint NOT NULL,
    station_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    member_id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_at timestamp with time zone,
    decided_by bigint,
    checked_in_at timestamp with time zone,
    CONSTRAINT room_bookings_note_check CHECK ((char_length(note) <= 200)),
    CONSTRAINT room_bookings_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'confirmed'::text, 'rejected'::text, 'cancelled'::text, 'attended'::text, 'no_show'::text])))
);

--
-- Name: room_bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.room_bookings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.room_bookings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: room_slots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_slots (
    id bigint NOT NULL,
    room_id bigint NOT NULL,
    station_id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    capacity integer NOT NULL,
    booked integer DEFAULT 0 NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    CONSTRAINT room_slots_capacity_check CHECK ((capacity >= 1)),
    CONSTRAINT room_slots_check CHECK (((booked >= 0) AND (booked <= capacity))),
    CONSTRAINT room_slots_check1 CHECK ((ends_at > starts_at)),
    CONSTRAINT room_slots_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
);

--
-- Name: room_slots_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.room_slots ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.room_slots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    checksum text
);

--
-- Name: service_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_items (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    station_id bigint,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    specialty text NOT NULL,
    take_within_minutes integer DEFAULT 480 NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT service_items_description_check CHECK ((char_length(description) <= 500)),
    CONSTRAINT service_items_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 50))),
    CONSTRAINT service_items_specialty_check CHECK ((specialty = ANY (ARRAY['emergency'::text, 'repair'::text, 'legal'::text, 'medical'::text, 'teaching'::text, 'care'::text, 'other'::text]))),
    CONSTRAINT service_items_status_check CHECK ((status = ANY (ARRAY['active'::text, 'retired'::text]))),
    CONSTRAINT service_items_take_within_minutes_check CHECK (((take_within_minutes >= 30) AND (take_within_minutes <= 4800)))
);

--
-- Name: service_items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.service_items ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.service_items_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: service_order_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_order_events (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    actor_kind text NOT NULL,
    actor_id bigint,
    union_id bigint,
    detail jsonb,
    CONSTRAINT service_order_events_actor_kind_check CHECK ((actor_kind = ANY (ARRAY['admin'::text, 'member'::text, 'system'::text])))
);

--
-- Name: service_order_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.service_order_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.service_order_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: service_orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_orders (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    requester_member_id bigint,
    requester_phone_hash text NOT NULL COLLATE pg_catalog."C",
    requester_phone_cipher text NOT NULL,
    requester_name text NOT NULL,
    wanted_at timestamp with time zone NOT NULL,
    place text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'placed'::text NOT NULL,
    take_by timestamp with time zone NOT NULL,
    escalated_at timestamp with time zone,
    team_id bigint,
    volunteer_id bigint,
    taken_at timestamp with time zone,
    done_at timestamp with time zone,
    done_note text,
    proof_photos text[] DEFAULT '{}'::text[] NOT NULL,
    confirmed_at timestamp with time zone,
    rating integer,
    rating_comment text,
    points integer,
    rule_id bigint,
    points_detail jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT service_orders_check CHECK (((status = ANY (ARRAY['placed'::text, 'cancelled'::text])) OR (team_id IS NOT NULL))),
    CONSTRAINT service_orders_check1 CHECK (((status <> 'confirmed'::text) OR ((volunteer_id IS NOT NULL) AND (rating IS NOT NULL)))),
    CONSTRAINT service_orders_done_note_check CHECK ((char_length(done_note) <= 500)),
    CONSTRAINT service_orders_note_check CHECK ((char_length(note) <= 500)),
    CONSTRAINT service_orders_place_check CHECK (((char_length(place) >= 1) AND (char_length(place) <= 100))),
    CONSTRAINT service_orders_proof_photos_check CHECK ((cardinality(proof_photos) <= 3)),
    CONSTRAINT service_orders_rating_check CHECK (((rating >= 1) AND (rating <= 5))),
    CONSTRAINT service_orders_rating_comment_check CHECK ((char_length(rating_comment) <= 300)),
    CONSTRAINT service_orders_requester_name_check CHECK (((char_length(requester_name) >= 1) AND (char_length(requester_name) <= 30))),
    CONSTRAINT service_orders_status_check CHECK ((status = ANY (ARRAY['placed'::text, 'taken'::text, 'done'::text, 'confirmed'::text, 'cancelled'::text])))
);

--
-- Name: service_orders_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.service_orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.service_orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    account_id bigint,
    member_id bigint,
    phone_hash text,
    phone_cipher text,
    stage text DEFAULT 'full'::text NOT NULL,
    csrf_token text NOT NULL,
    ip text,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT sessions_kind_check CHECK ((kind = ANY (ARRAY['admin'::text, 'member'::text]))),
    CONSTRAINT sessions_stage_check CHECK ((stage = ANY (ARRAY['full'::text, 'mfa'::text, 'mfa_enrol'::text, 'password_change'::text])))
);

--
-- Name: station_amenities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_amenities (
    key text NOT NULL,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    builtin boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT station_amenities_key_check CHECK ((key ~ '^[a-z][a-z0-9_]{1,30}$'::text)),
    CONSTRAINT station_amenities_name_en_check CHECK (((char_length(name_en) >= 1) AND (char_length(name_en) <= 40))),
    CONSTRAINT station_amenities_name_zh_check CHECK (((char_length(name_zh) >= 1) AND (char_length(name_zh) <= 20)))
);

--
-- Name: station_managers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_managers (
    station_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: station_photos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_photos (
    id bigint NOT NULL,
    station_id bigint NOT NULL,
    name text NOT NULL,
    media_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    uploaded_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT station_photos_media_type_check CHECK ((media_type = ANY (ARRAY['image/jpeg'::text, 'image/png'::text]))),
    CONSTRAINT station_photos_name_check CHECK ((name ~ '^[A-Za-z0-9_-]{24}\.(jpg|png)$'::text)),
    CONSTRAINT station_photos_size_bytes_check CHECK ((size_bytes > 0))
);

--
-- Name: station_photos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.station_photos ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.station_photos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: station_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_reviews (
    id bigint NOT NULL,
    station_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    member_id bigint NOT NULL,
    visit_id bigint,
    booking_id bigint,
    rating integer NOT NULL,
    comment text DEFAULT ''::text NOT NULL,
    reply text,
    replied_at timestamp with time zone,
    replied_by bigint,
    status text DEFAULT 'open'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT station_reviews_check CHECK (((visit_id IS NULL) <> (booking_id IS NULL))),
    CONSTRAINT station_reviews_comment_check CHECK ((char_length(comment) <= 500)),
    CONSTRAINT station_reviews_rating_check CHECK (((rating >= 1) AND (rating <= 5))),
    CONSTRAINT station_reviews_reply_check CHECK ((char_length(reply) <= 500)),
    CONSTRAINT station_reviews_status_check CHECK ((status = ANY (ARRAY['open'::text, 'answered'::text, 'closed'::text])))
);

--
-- Name: station_reviews_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.station_reviews ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.station_reviews_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: station_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_rooms (
    id bigint NOT NULL,
    station_id bigint NOT NULL,
    name text NOT NULL,
    capacity integer NOT NULL,
    slot_minutes integer NOT NULL,
    weekdays integer[] NOT NULL,
    day_opens text NOT NULL,
    day_closes text NOT NULL,
    horizon_days integer NOT NULL,
    release_time text DEFAULT '08:00'::text NOT NULL,
    per_member_limit integer DEFAULT 2 NOT NULL,
    cancel_hours integer DEFAULT 2 NOT NULL,
    needs_approval boolean DEFAULT false NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT station_rooms_cancel_hours_check CHECK (((cancel_hours >= 0) AND (cancel_hours <= 168))),
    CONSTRAINT station_rooms_capacity_check CHECK (((capacity >= 1) AND (capacity <= 500))),
    CONSTRAINT station_rooms_check CHECK ((day_closes > day_opens)),
    CONSTRAINT station_rooms_day_closes_check CHECK ((day_closes ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'::text)),
    CONSTRAINT station_rooms_day_opens_check CHECK ((day_opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text)),
    CONSTRAINT station_rooms_horizon_days_check CHECK (((horizon_days >= 1) AND (horizon_days <= 60))),
    CONSTRAINT station_rooms_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 40))),
    CONSTRAINT station_rooms_per_member_limit_check CHECK (((per_member_limit >= 1) AND (per_member_limit <= 20))),
    CONSTRAINT station_rooms_release_time_check CHECK ((release_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text)),
    CONSTRAINT station_rooms_slot_minutes_check CHECK ((slot_minutes = ANY (ARRAY[30, 60, 90, 120, 180, 240]))),
    CONSTRAINT station_rooms_status_check CHECK ((status = ANY (ARRAY['active'::text, 'retired'::text]))),
    CONSTRAINT station_rooms_weekdays_check CHECK (((weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]) AND (cardinality(weekdays) >= 1)))
);

--
-- Name: station_rooms_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.station_rooms ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.station_rooms_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: station_visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.station_visits (
    id bigint NOT NULL,
    station_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    member_id bigint NOT NULL,
    service text NOT NULL,
    via text NOT NULL,
    booking_id bigint,
    visited_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT station_visits_via_check CHECK ((via = ANY (ARRAY['qr'::text, 'card'::text])))
);

--
-- Name: station_visits_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.station_visits ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.station_visits_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: stations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stations (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    owner text DEFAULT 'union'::text NOT NULL,
    owner_name text DEFAULT ''::text NOT NULL,
    name text NOT NULL,
    address text NOT NULL,
    lat double precision NOT NULL,
    lng double precision NOT NULL,
    hours jsonb NOT NULL,
    amenities text[] DEFAULT '{}'::text[] NOT NULL,
    story text DEFAULT ''::text NOT NULL,
    contact text DEFAULT ''::text NOT NULL,
    movable boolean DEFAULT false NOT NULL,
    moved_at timestamp with time zone,
    position_flagged boolean DEFAULT false NOT NULL,
    qr_version integer DEFAULT 1 NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    revision integer DEFAULT 1 NOT NULL,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT stations_address_check CHECK (((char_length(address) >= 1) AND (char_length(address) <= 200))),
    CONSTRAINT stations_contact_check CHECK ((char_length(contact) <= 60)),
    CONSTRAINT stations_kind_check CHECK ((kind = ANY (ARRAY['rest'::text, 'red'::text, 'gig'::text, 'workers_home'::text, 'activity_centre'::text, 'partner_venue'::text]))),
    CONSTRAINT stations_lat_check CHECK (((lat >= (3.8)::double precision) AND (lat <= (53.6)::double precision))),
    CONSTRAINT stations_lng_check CHECK (((lng >= (73.4)::double precision) AND (lng <= (135.1)::double precision))),
    CONSTRAINT stations_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 60))),
    CONSTRAINT stations_owner_check CHECK ((owner = ANY (ARRAY['union'::text, 'youth_league'::text, 'women_federation'::text, 'science_association'::text, 'other'::text]))),
    CONSTRAINT stations_owner_name_check CHECK ((char_length(owner_name) <= 60)),
    CONSTRAINT stations_status_check CHECK ((status = ANY (ARRAY['active'::text, 'retired'::text]))),
    CONSTRAINT stations_story_check CHECK ((char_length(story) <= 3000))
);

--
-- Name: stations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stations ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.stations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: training_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_sessions (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    kind text NOT NULL,
    topic text NOT NULL,
    held_on date NOT NULL,
    attendees integer NOT NULL,
    photos text[] DEFAULT '{}'::text[] NOT NULL,
    recorded_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT training_sessions_attendees_check CHECK (((attendees >= 1) AND (attendees <= 100000))),
    CONSTRAINT training_sessions_kind_check CHECK ((kind = ANY (ARRAY['pre_shift'::text, 'class'::text, 'lecture'::text]))),
    CONSTRAINT training_sessions_photos_check CHECK ((cardinality(photos) <= 3)),
    CONSTRAINT training_sessions_topic_check CHECK (((char_length(topic) >= 1) AND (char_length(topic) <= 100)))
);

--
-- Name: training_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.training_sessions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.training_sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: union_budgets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.union_budgets (
    union_id bigint NOT NULL,
    year integer NOT NULL,
    amount_fen bigint NOT NULL,
    committed_fen bigint DEFAULT 0 NOT NULL,
    CONSTRAINT union_budgets_amount_fen_check CHECK (((amount_fen >= 0) AND (amount_fen <= '100000000000000'::bigint))),
    CONSTRAINT union_budgets_check CHECK ((committed_fen <= amount_fen)),
    CONSTRAINT union_budgets_committed_fen_check CHECK ((committed_fen >= 0)),
    CONSTRAINT union_budgets_year_check CHECK (((year >= 2000) AND (year <= 2100)))
);

--
-- Name: unions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unions (
    id bigint NOT NULL,
    parent_id bigint,
    path text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    level text NOT NULL,
    formation text NOT NULL,
    address text,
    lng double precision,
    lat double precision,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    serves text[] DEFAULT '{}'::text[] NOT NULL,
    auto_approve boolean DEFAULT false NOT NULL,
    CONSTRAINT unions_address_check CHECK ((char_length(address) <= 200)),
    CONSTRAINT unions_formation_check CHECK ((formation = ANY (ARRAY['single'::text, 'joint'::text, 'industry'::text, 'area'::text]))),
    CONSTRAINT unions_lat_check CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision))),
    CONSTRAINT unions_level_check CHECK ((level = ANY (ARRAY['province'::text, 'city'::text, 'county'::text, 'township'::text, 'base'::text]))),
    CONSTRAINT unions_lng_check CHECK (((lng >= ('-180'::integer)::double precision) AND (lng <= (180)::double precision))),
    CONSTRAINT unions_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100)))
);

--
-- Name: unions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.unions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.unions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteer_activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_activities (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    team_id bigint,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    station_id bigint,
    place text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    offer_id bigint,
    poster_version integer DEFAULT 1 NOT NULL,
    status text DEFAULT 'published'::text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_activities_check CHECK ((ends_at > starts_at)),
    CONSTRAINT volunteer_activities_description_check CHECK ((char_length(description) <= 1000)),
    CONSTRAINT volunteer_activities_place_check CHECK (((char_length(place) >= 1) AND (char_length(place) <= 100))),
    CONSTRAINT volunteer_activities_status_check CHECK ((status = ANY (ARRAY['published'::text, 'cancelled'::text]))),
    CONSTRAINT volunteer_activities_title_check CHECK (((char_length(title) >= 1) AND (char_length(title) <= 50)))
);

--
-- Name: volunteer_activities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteer_activities ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteer_activities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteer_certificates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_certificates (
    code text NOT NULL COLLATE pg_catalog."C",
    volunteer_id bigint NOT NULL,
    hours numeric(8,1) NOT NULL,
    activities integer NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_certificates_activities_check CHECK ((activities > 0)),
    CONSTRAINT volunteer_certificates_code_check CHECK ((code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'::text)),
    CONSTRAINT volunteer_certificates_hours_check CHECK ((hours > (0)::numeric))
);

--
-- Name: volunteer_hours; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_hours (
    id bigint NOT NULL,
    activity_id bigint NOT NULL,
    volunteer_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    signed_at timestamp with time zone DEFAULT now() NOT NULL,
    checkin_at timestamp with time zone,
    checkout_at timestamp with time zone,
    hours numeric(4,1),
    status text DEFAULT 'signed'::text NOT NULL,
    confirmed_by bigint,
    confirmed_at timestamp with time zone,
    points integer,
    CONSTRAINT volunteer_hours_check CHECK (((checkout_at IS NULL) OR ((checkin_at IS NOT NULL) AND (checkout_at > checkin_at)))),
    CONSTRAINT volunteer_hours_check1 CHECK (((status = 'rejected'::text) OR ((checkout_at IS NOT NULL) = (status = ANY (ARRAY['checked_out'::text, 'confirmed'::text]))))),
    CONSTRAINT volunteer_hours_hours_check CHECK (((hours >= (0)::numeric) AND (hours <= (24)::numeric))),
    CONSTRAINT volunteer_hours_status_check CHECK ((status = ANY (ARRAY['signed'::text, 'checked_in'::text, 'checked_out'::text, 'confirmed'::text, 'rejected'::text])))
);

--
-- Name: volunteer_hours_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteer_hours ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteer_hours_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteer_point_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_point_rules (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    version integer NOT NULL,
    order_points integer NOT NULL,
    points_by_specialty jsonb DEFAULT '{}'::jsonb NOT NULL,
    bonus_min_rating integer NOT NULL,
    bonus_points integer NOT NULL,
    hour_points integer NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    published_by bigint NOT NULL,
    published_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_point_rules_bonus_min_rating_check CHECK (((bonus_min_rating >= 1) AND (bonus_min_rating <= 5))),
    CONSTRAINT volunteer_point_rules_bonus_points_check CHECK (((bonus_points >= 0) AND (bonus_points <= 1000))),
    CONSTRAINT volunteer_point_rules_hour_points_check CHECK (((hour_points >= 0) AND (hour_points <= 1000))),
    CONSTRAINT volunteer_point_rules_note_check CHECK ((char_length(note) <= 300)),
    CONSTRAINT volunteer_point_rules_order_points_check CHECK (((order_points >= 0) AND (order_points <= 1000))),
    CONSTRAINT volunteer_point_rules_version_check CHECK ((version >= 1))
);

--
-- Name: volunteer_point_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteer_point_rules ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteer_point_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteer_team_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_team_logs (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    happened_on date NOT NULL,
    body text NOT NULL,
    people_served integer DEFAULT 0 NOT NULL,
    photos text[] DEFAULT '{}'::text[] NOT NULL,
    author_volunteer_id bigint,
    author_account_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_team_logs_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 1000))),
    CONSTRAINT volunteer_team_logs_check CHECK (((author_volunteer_id IS NULL) <> (author_account_id IS NULL))),
    CONSTRAINT volunteer_team_logs_people_served_check CHECK (((people_served >= 0) AND (people_served <= 100000))),
    CONSTRAINT volunteer_team_logs_photos_check CHECK ((cardinality(photos) <= 3))
);

--
-- Name: volunteer_team_logs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteer_team_logs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteer_team_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteer_team_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_team_members (
    team_id bigint NOT NULL,
    volunteer_id bigint NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    status text NOT NULL,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_team_members_role_check CHECK ((role = ANY (ARRAY['leader'::text, 'member'::text]))),
    CONSTRAINT volunteer_team_members_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'active'::text, 'left'::text])))
);

--
-- Name: volunteer_teams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteer_teams (
    id bigint NOT NULL,
    union_id bigint NOT NULL,
    union_path text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    specialty text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    open_to_join boolean DEFAULT true NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_by bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteer_teams_description_check CHECK ((char_length(description) <= 500)),
    CONSTRAINT volunteer_teams_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 50))),
    CONSTRAINT volunteer_teams_specialty_check CHECK ((specialty = ANY (ARRAY['emergency'::text, 'repair'::text, 'legal'::text, 'medical'::text, 'teaching'::text, 'care'::text, 'other'::text]))),
    CONSTRAINT volunteer_teams_status_check CHECK ((status = ANY (ARRAY['active'::text, 'closed'::text])))
);

--
-- Name: volunteer_teams_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteer_teams ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteer_teams_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: volunteers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.volunteers (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    skills text[] DEFAULT '{}'::text[] NOT NULL,
    availability text DEFAULT ''::text NOT NULL,
    areas text DEFAULT ''::text NOT NULL,
    intention text DEFAULT ''::text NOT NULL,
    model_worker boolean DEFAULT false NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT volunteers_areas_check CHECK ((char_length(areas) <= 100)),
    CONSTRAINT volunteers_availability_check CHECK ((char_length(availability) <= 100)),
    CONSTRAINT volunteers_intention_check CHECK ((char_length(intention) <= 500)),
    CONSTRAINT volunteers_skills_check CHECK ((cardinality(skills) <= 10)),
    CONSTRAINT volunteers_status_check CHECK ((status = ANY (ARRAY['active'::text, 'withdrawn'::text])))
);

--
-- Name: volunteers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.volunteers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.volunteers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: vouchers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vouchers (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    offer_id bigint NOT NULL,
    member_id bigint NOT NULL,
    code text NOT NULL COLLATE pg_catalog."C",
    status text DEFAULT 'valid'::text NOT NULL,
    redeemed_at timestamp with time zone,
    redeemed_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT vouchers_check CHECK (((status = 'redeemed'::text) = (redeemed_at IS NOT NULL))),
    CONSTRAINT vouchers_status_check CHECK ((status = ANY (ARRAY['valid'::text, 'redeemed'::text, 'void'::text])))
);

--
-- Name: vouchers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.vouchers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.vouchers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: work_calendar_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_calendar_days (
    day date NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    CONSTRAINT work_calendar_days_kind_check CHECK ((kind = ANY (ARRAY['holiday'::text, 'workday'::text]))),
    CONSTRAINT work_calendar_days_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 40)))
);

--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

--
-- Name: accounts accounts_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_username_key UNIQUE (username);

--
-- Name: appeal_events appeal_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_events
    ADD CONSTRAINT appeal_events_pkey PRIMARY KEY (id);

--
-- Name: appeal_sla_policies appeal_sla_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_sla_policies
    ADD CONSTRAINT appeal_sla_policies_pkey PRIMARY KEY (id);

--
-- Name: appeal_sla_policies appeal_sla_policies_union_id_category_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_sla_policies
    ADD CONSTRAINT appeal_sla_policies_union_id_category_key UNIQUE (union_id, category);

--
-- Name: appeals appeals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT appeals_pkey PRIMARY KEY (id);

--
-- Name: article_attachments article_attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_attachments
    ADD CONSTRAINT article_attachments_pkey PRIMARY KEY (id);

--
-- Name: article_events article_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_events
    ADD CONSTRAINT article_events_pkey PRIMARY KEY (id);

--
-- Name: article_images article_images_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_images
    ADD CONSTRAINT article_images_key_key UNIQUE (key);

--
-- Name: article_images article_images_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_images
    ADD CONSTRAINT article_images_pkey PRIMARY KEY (id);

--
-- Name: article_reads article_reads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_reads
    ADD CONSTRAINT article_reads_pkey PRIMARY KEY (article_id, member_id);

--
-- Name: articles articles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);

--
-- Name: assistance_applications assistance_applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_pkey PRIMARY KEY (id);

--
-- Name: assistance_budgets assistance_budgets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_budgets
    ADD CONSTRAINT assistance_budgets_pkey PRIMARY KEY (union_id, year);

--
-- Name: assistance_disbursements assistance_disbursements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_disbursements
    ADD CONSTRAINT assistance_disbursements_pkey PRIMARY KEY (id);

--
-- Name: assistance_events assistance_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_events
    ADD CONSTRAINT assistance_events_pkey PRIMARY KEY (id);

--
-- Name: assistance_help assistance_help_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_help
    ADD CONSTRAINT assistance_help_pkey PRIMARY KEY (id);

--
-- Name: assistance_programs assistance_programs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_programs
    ADD CONSTRAINT assistance_programs_pkey PRIMARY KEY (id);

--
-- Name: assistance_rule_sets assistance_rule_sets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_rule_sets
    ADD CONSTRAINT assistance_rule_sets_pkey PRIMARY KEY (version);

--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);

--
-- Name: bill_payments bill_payments_member_id_idem_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bill_payments
    ADD CONSTRAINT bill_payments_member_id_idem_key_key UNIQUE (member_id, idem_key);

--
-- Name: bill_payments bill_payments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bill_payments
    ADD CONSTRAINT bill_payments_pkey PRIMARY KEY (id);

--
-- Name: claim_events claim_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_events
    ADD CONSTRAINT claim_events_pkey PRIMARY KEY (id);

--
-- Name: claims claims_id_offer_member_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_id_offer_member_key UNIQUE (id, offer_id, member_id);

--
-- Name: claims claims_member_id_idem_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_member_id_idem_key_key UNIQUE (member_id, idem_key);

--
-- Name: claims claims_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_pkey PRIMARY KEY (id);

--
-- Name: consultation_bookings consultation_bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultation_bookings
    ADD CONSTRAINT consultation_bookings_pkey PRIMARY KEY (id);

--
-- Name: contest_answers contest_answers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_answers
    ADD CONSTRAINT contest_answers_pkey PRIMARY KEY (attempt_id, "position");

--
-- Name: contest_attempts contest_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_attempts
    ADD CONSTRAINT contest_attempts_pkey PRIMARY KEY (id);

--
-- Name: contest_bests contest_bests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_bests
    ADD CONSTRAINT contest_bests_pkey PRIMARY KEY (contest_id, member_id);

--
-- Name: contest_questions contest_questions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_questions
    ADD CONSTRAINT contest_questions_pkey PRIMARY KEY (contest_id, question_id);

--
-- Name: contests contests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contests
    ADD CONSTRAINT contests_pkey PRIMARY KEY (id);

--
-- Name: course_certificates course_certificates_course_id_member_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_certificates
    ADD CONSTRAINT course_certificates_course_id_member_id_key UNIQUE (course_id, member_id);

--
-- Name: course_certificates course_certificates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_certificates
    ADD CONSTRAINT course_certificates_pkey PRIMARY KEY (code);

--
-- Name: course_enrolments course_enrolments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_enrolments
    ADD CONSTRAINT course_enrolments_pkey PRIMARY KEY (course_id, member_id);

--
-- Name: course_lessons course_lessons_course_id_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_lessons
    ADD CONSTRAINT course_lessons_course_id_position_key UNIQUE (course_id, "position") DEFERRABLE INITIALLY DEFERRED;

--
-- Name: course_lessons course_lessons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_lessons
    ADD CONSTRAINT course_lessons_pkey PRIMARY KEY (id);

--
-- Name: courses courses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_pkey PRIMARY KEY (id);

--
-- Name: dev_sms_outbox dev_sms_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dev_sms_outbox
    ADD CONSTRAINT dev_sms_outbox_pkey PRIMARY KEY (id);

--
-- Name: document_recipients document_recipients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_recipients
    ADD CONSTRAINT document_recipients_pkey PRIMARY KEY (document_id, union_id);

--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);

--
-- Name: employers employers_credit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employers
    ADD CONSTRAINT employers_credit_code_key UNIQUE (credit_code);

--
-- Name: employers employers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employers
    ADD CONSTRAINT employers_pkey PRIMARY KEY (id);

--
-- Name: export_requests export_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.export_requests
    ADD CONSTRAINT export_requests_pkey PRIMARY KEY (id);

--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (id);

--
-- Name: job_application_events job_application_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_application_events
    ADD CONSTRAINT job_application_events_pkey PRIMARY KEY (id);

--
-- Name: job_applications job_applications_job_id_member_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_applications
    ADD CONSTRAINT job_applications_job_id_member_id_key UNIQUE (job_id, member_id);

--
-- Name: job_applications job_applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_applications
    ADD CONSTRAINT job_applications_pkey PRIMARY KEY (id);

--
-- Name: job_fair_booths job_fair_booths_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_booths
    ADD CONSTRAINT job_fair_booths_pkey PRIMARY KEY (id);

--
-- Name: job_fair_visitors job_fair_visitors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_visitors
    ADD CONSTRAINT job_fair_visitors_pkey PRIMARY KEY (fair_id, member_id);

--
-- Name: job_fairs job_fairs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fairs
    ADD CONSTRAINT job_fairs_pkey PRIMARY KEY (id);

--
-- Name: job_matches job_matches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_matches
    ADD CONSTRAINT job_matches_pkey PRIMARY KEY (job_id, member_id);

--
-- Name: job_seekers job_seekers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_seekers
    ADD CONSTRAINT job_seekers_pkey PRIMARY KEY (member_id);

--
-- Name: job_walkins job_walkins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_walkins
    ADD CONSTRAINT job_walkins_pkey PRIMARY KEY (id);

--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);

--
-- Name: key_checks key_checks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.key_checks
    ADD CONSTRAINT key_checks_pkey PRIMARY KEY (purpose);

--
-- Name: legal_slots legal_slots_int8range_tstzrange_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_slots
    ADD CONSTRAINT legal_slots_int8range_tstzrange_excl EXCLUDE USING gist (int8range(lawyer_account_id, lawyer_account_id, '[]'::text) WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((status = 'open'::text));

--
-- Name: legal_slots legal_slots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_slots
    ADD CONSTRAINT legal_slots_pkey PRIMARY KEY (id);

--
-- Name: lesson_progress lesson_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lesson_progress
    ADD CONSTRAINT lesson_progress_pkey PRIMARY KEY (lesson_id, member_id);

--
-- Name: member_corrections member_corrections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_corrections
    ADD CONSTRAINT member_corrections_pkey PRIMARY KEY (id);

--
-- Name: member_events member_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_events
    ADD CONSTRAINT member_events_pkey PRIMARY KEY (id);

--
-- Name: member_import_rows member_import_rows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_import_rows
    ADD CONSTRAINT member_import_rows_pkey PRIMARY KEY (import_id, row_no);

--
-- Name: member_imports member_imports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_imports
    ADD CONSTRAINT member_imports_pkey PRIMARY KEY (id);

--
-- Name: member_messages member_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_messages
    ADD CONSTRAINT member_messages_pkey PRIMARY KEY (id);

--
-- Name: member_transfers member_transfers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_transfers
    ADD CONSTRAINT member_transfers_pkey PRIMARY KEY (id);

--
-- Name: members members_card_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_card_no_key UNIQUE (card_no);

--
-- Name: members members_id_number_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_id_number_hash_key UNIQUE (id_number_hash);

--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);

--
-- Name: membership_application_events membership_application_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_application_events
    ADD CONSTRAINT membership_application_events_pkey PRIMARY KEY (id);

--
-- Name: membership_applications membership_applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_applications
    ADD CONSTRAINT membership_applications_pkey PRIMARY KEY (id);

--
-- Name: merchants merchants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.merchants
    ADD CONSTRAINT merchants_pkey PRIMARY KEY (id);

--
-- Name: offer_feedback offer_feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offer_feedback
    ADD CONSTRAINT offer_feedback_pkey PRIMARY KEY (claim_id);

--
-- Name: offer_holdings offer_holdings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offer_holdings
    ADD CONSTRAINT offer_holdings_pkey PRIMARY KEY (offer_id, member_id);

--
-- Name: offers offers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offers
    ADD CONSTRAINT offers_pkey PRIMARY KEY (id);

--
-- Name: otp_codes otp_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_codes
    ADD CONSTRAINT otp_codes_pkey PRIMARY KEY (id);

--
-- Name: points_accounts points_accounts_member_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_accounts
    ADD CONSTRAINT points_accounts_member_id_key UNIQUE (member_id);

--
-- Name: points_accounts points_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_accounts
    ADD CONSTRAINT points_accounts_pkey PRIMARY KEY (id);

--
-- Name: points_issuance_plans points_issuance_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_issuance_plans
    ADD CONSTRAINT points_issuance_plans_pkey PRIMARY KEY (union_id);

--
-- Name: points_postings points_postings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_postings
    ADD CONSTRAINT points_postings_pkey PRIMARY KEY (id);

--
-- Name: points_transactions points_transactions_idem_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_transactions
    ADD CONSTRAINT points_transactions_idem_key_key UNIQUE (idem_key);

--
-- Name: points_transactions points_transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_transactions
    ADD CONSTRAINT points_transactions_pkey PRIMARY KEY (id);

--
-- Name: quiz_questions quiz_questions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quiz_questions
    ADD CONSTRAINT quiz_questions_pkey PRIMARY KEY (id);

--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (key);

--
-- Name: role_grants role_grants_account_id_role_union_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grants
    ADD CONSTRAINT role_grants_account_id_role_union_id_key UNIQUE (account_id, role, union_id);

--
-- Name: role_grants role_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grants
    ADD CONSTRAINT role_grants_pkey PRIMARY KEY (id);

--
-- Name: room_bookings room_bookings_int8range_tstzrange_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_int8range_tstzrange_excl EXCLUDE USING gist (int8range(member_id, member_id, '[]'::text) WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((status = ANY (ARRAY['pending'::text, 'confirmed'::text])));

--
-- Name: room_bookings room_bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_pkey PRIMARY KEY (id);

--
-- Name: room_slots room_slots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_slots
    ADD CONSTRAINT room_slots_pkey PRIMARY KEY (id);

--
-- Name: room_slots room_slots_room_id_starts_at_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_slots
    ADD CONSTRAINT room_slots_room_id_starts_at_key UNIQUE (room_id, starts_at);

--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (name);

--
-- Name: service_items service_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_items
    ADD CONSTRAINT service_items_pkey PRIMARY KEY (id);

--
-- Name: service_order_events service_order_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_order_events
    ADD CONSTRAINT service_order_events_pkey PRIMARY KEY (id);

--
-- Name: service_orders service_orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_pkey PRIMARY KEY (id);

--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);

--
-- Name: station_amenities station_amenities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_amenities
    ADD CONSTRAINT station_amenities_pkey PRIMARY KEY (key);

--
-- Name: station_managers station_managers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_managers
    ADD CONSTRAINT station_managers_pkey PRIMARY KEY (station_id, account_id);

--
-- Name: station_photos station_photos_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_photos
    ADD CONSTRAINT station_photos_name_key UNIQUE (name);

--
-- Name: station_photos station_photos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_photos
    ADD CONSTRAINT station_photos_pkey PRIMARY KEY (id);

--
-- Name: station_reviews station_reviews_booking_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_booking_id_key UNIQUE (booking_id);

--
-- Name: station_reviews station_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_pkey PRIMARY KEY (id);

--
-- Name: station_reviews station_reviews_visit_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_visit_id_key UNIQUE (visit_id);

--
-- Name: station_rooms station_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_rooms
    ADD CONSTRAINT station_rooms_pkey PRIMARY KEY (id);

--
-- Name: station_visits station_visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_visits
    ADD CONSTRAINT station_visits_pkey PRIMARY KEY (id);

--
-- Name: stations stations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stations
    ADD CONSTRAINT stations_pkey PRIMARY KEY (id);

--
-- Name: training_sessions training_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_sessions
    ADD CONSTRAINT training_sessions_pkey PRIMARY KEY (id);

--
-- Name: union_budgets union_budgets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.union_budgets
    ADD CONSTRAINT union_budgets_pkey PRIMARY KEY (union_id, year);

--
-- Name: unions unions_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unions
    ADD CONSTRAINT unions_path_key UNIQUE (path);

--
-- Name: unions unions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unions
    ADD CONSTRAINT unions_pkey PRIMARY KEY (id);

--
-- Name: volunteer_activities volunteer_activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_pkey PRIMARY KEY (id);

--
-- Name: volunteer_certificates volunteer_certificates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_certificates
    ADD CONSTRAINT volunteer_certificates_pkey PRIMARY KEY (code);

--
-- Name: volunteer_hours volunteer_hours_activity_id_volunteer_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_hours
    ADD CONSTRAINT volunteer_hours_activity_id_volunteer_id_key UNIQUE (activity_id, volunteer_id);

--
-- Name: volunteer_hours volunteer_hours_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_hours
    ADD CONSTRAINT volunteer_hours_pkey PRIMARY KEY (id);

--
-- Name: volunteer_point_rules volunteer_point_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_point_rules
    ADD CONSTRAINT volunteer_point_rules_pkey PRIMARY KEY (id);

--
-- Name: volunteer_point_rules volunteer_point_rules_union_id_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_point_rules
    ADD CONSTRAINT volunteer_point_rules_union_id_version_key UNIQUE (union_id, version);

--
-- Name: volunteer_team_logs volunteer_team_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_logs
    ADD CONSTRAINT volunteer_team_logs_pkey PRIMARY KEY (id);

--
-- Name: volunteer_team_members volunteer_team_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_members
    ADD CONSTRAINT volunteer_team_members_pkey PRIMARY KEY (team_id, volunteer_id);

--
-- Name: volunteer_teams volunteer_teams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_teams
    ADD CONSTRAINT volunteer_teams_pkey PRIMARY KEY (id);

--
-- Name: volunteers volunteers_member_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteers
    ADD CONSTRAINT volunteers_member_id_key UNIQUE (member_id);

--
-- Name: volunteers volunteers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteers
    ADD CONSTRAINT volunteers_pkey PRIMARY KEY (id);

--
-- Name: vouchers vouchers_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vouchers
    ADD CONSTRAINT vouchers_code_key UNIQUE (code);

--
-- Name: vouchers vouchers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vouchers
    ADD CONSTRAINT vouchers_pkey PRIMARY KEY (id);

--
-- Name: work_calendar_days work_calendar_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_calendar_days
    ADD CONSTRAINT work_calendar_days_pkey PRIMARY KEY (day);

--
-- Name: appeal_events_appeal_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX appeal_events_appeal_idx ON public.appeal_events USING btree (appeal_id, id);

--
-- Name: appeals_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX appeals_member_idx ON public.appeals USING btree (member_id);

--
-- Name: appeals_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX appeals_path_idx ON public.appeals USING btree (union_path, status);

--
-- Name: article_attachments_article_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_attachments_article_idx ON public.article_attachments USING btree (article_id, id);

--
-- Name: article_events_article_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX article_events_article_idx ON public.article_events USING btree (article_id, id);

--
-- Name: articles_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_path_idx ON public.articles USING btree (union_path, id DESC);

--
-- Name: articles_reader_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_reader_idx ON public.articles USING btree (status, pinned DESC, publish_at DESC);

--
-- Name: articles_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_search_idx ON public.articles USING gin (search_vector);

--
-- Name: articles_shown_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_shown_idx ON public.articles USING btree (COALESCE(publish_at, published_at) DESC, id DESC) WHERE (status = 'published'::text);

--
-- Name: assistance_applications_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_applications_member_idx ON public.assistance_applications USING btree (member_id);

--
-- Name: assistance_applications_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_applications_path_idx ON public.assistance_applications USING btree (union_path, status);

--
-- Name: assistance_applications_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_applications_person_idx ON public.assistance_applications USING btree (id_number_hash);

--
-- Name: assistance_disbursements_app_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_disbursements_app_idx ON public.assistance_disbursements USING btree (application_id);

--
-- Name: assistance_events_app_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_events_app_idx ON public.assistance_events USING btree (application_id, id);

--
-- Name: assistance_one_open; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX assistance_one_open ON public.assistance_applications USING btree (id_number_hash) WHERE (status = ANY (ARRAY['submitted'::text, 'proposed'::text]));

--
-- Name: assistance_programs_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assistance_programs_path_idx ON public.assistance_programs USING btree (union_path);

--
-- Name: audit_events_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_action_idx ON public.audit_events USING btree (action, at DESC);

--
-- Name: audit_events_admin_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_admin_actor_idx ON public.audit_events USING btree (actor_id, at DESC) WHERE (actor_kind = 'admin'::text);

--
-- Name: audit_events_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_at_idx ON public.audit_events USING btree (at DESC);

--
-- Name: audit_events_union_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_union_path_idx ON public.audit_events USING btree (union_path);

--
-- Name: bill_payments_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bill_payments_pending_idx ON public.bill_payments USING btree (status) WHERE (status = 'pending'::text);

--
-- Name: claim_events_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_events_claim_idx ON public.claim_events USING btree (claim_id, id);

--
-- Name: claims_offer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claims_offer_idx ON public.claims USING btree (offer_id, status, id);

--
-- Name: claims_one_waiting_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX claims_one_waiting_idx ON public.claims USING btree (offer_id, member_id) WHERE (status = ANY (ARRAY['waitlisted'::text, 'offered'::text]));

--
-- Name: consultation_bookings_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX consultation_bookings_member_idx ON public.consultation_bookings USING btree (member_id);

--
-- Name: consultation_one_per_slot; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX consultation_one_per_slot ON public.consultation_bookings USING btree (slot_id) WHERE (status <> 'cancelled'::text);

--
-- Name: contest_attempts_contest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contest_attempts_contest_idx ON public.contest_attempts USING btree (contest_id, member_id, day);

--
-- Name: contest_attempts_running_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX contest_attempts_running_idx ON public.contest_attempts USING btree (member_id) WHERE (status = 'running'::text);

--
-- Name: contest_attempts_unposted_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contest_attempts_unposted_idx ON public.contest_attempts USING btree (id) WHERE ((points > 0) AND (points_posted_at IS NULL));

--
-- Name: contest_bests_rank_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contest_bests_rank_idx ON public.contest_bests USING btree (contest_id, correct DESC, total_ms, member_id);

--
-- Name: contests_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contests_path_idx ON public.contests USING btree (union_path, id DESC);

--
-- Name: course_enrolments_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_enrolments_member_idx ON public.course_enrolments USING btree (member_id, enrolled_at DESC);

--
-- Name: course_enrolments_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_enrolments_path_idx ON public.course_enrolments USING btree (union_path);

--
-- Name: courses_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_path_idx ON public.courses USING btree (union_path, id DESC);

--
-- Name: document_recipients_union_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_recipients_union_idx ON public.document_recipients USING btree (union_id, document_id DESC);

--
-- Name: documents_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_path_idx ON public.documents USING btree (union_path, id DESC);

--
-- Name: employers_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX employers_name_idx ON public.employers USING btree (name text_pattern_ops);

--
-- Name: employers_union_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX employers_union_path_idx ON public.employers USING btree (union_path);

--
-- Name: export_requests_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX export_requests_path_idx ON public.export_requests USING btree (union_path, id DESC);

--
-- Name: export_requests_requester_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX export_requests_requester_idx ON public.export_requests USING btree (requested_by, id DESC);

--
-- Name: files_attached_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX files_attached_idx ON public.files USING btree (attached_kind, attached_id);

--
-- Name: job_application_events_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_application_events_idx ON public.job_application_events USING btree (application_id, id);

--
-- Name: job_applications_job_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_applications_job_idx ON public.job_applications USING btree (job_id, id DESC);

--
-- Name: job_applications_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_applications_member_idx ON public.job_applications USING btree (member_id, id DESC);

--
-- Name: job_fair_booths_employer; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX job_fair_booths_employer ON public.job_fair_booths USING btree (fair_id, employer_name);

--
-- Name: job_fair_booths_no; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX job_fair_booths_no ON public.job_fair_booths USING btree (fair_id, booth_no);

--
-- Name: job_fairs_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_fairs_path_idx ON public.job_fairs USING btree (union_path, starts_at DESC);

--
-- Name: job_matches_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_matches_member_idx ON public.job_matches USING btree (member_id, created_at DESC);

--
-- Name: job_seekers_consent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_seekers_consent_idx ON public.job_seekers USING btree (member_id) WHERE consent;

--
-- Name: job_seekers_no_skills_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_seekers_no_skills_idx ON public.job_seekers USING btree (member_id) WHERE (consent AND (cardinality(skills) = 0));

--
-- Name: job_seekers_skills_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_seekers_skills_idx ON public.job_seekers USING gin (skills) WHERE consent;

--
-- Name: job_walkins_one_per_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX job_walkins_one_per_phone ON public.job_walkins USING btree (station_id, phone_hash);

--
-- Name: job_walkins_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_walkins_station_idx ON public.job_walkins USING btree (station_id, registered_at DESC);

--
-- Name: jobs_open_geo_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_open_geo_idx ON public.jobs USING btree (lat, lng) WHERE (status = 'published'::text);

--
-- Name: jobs_open_pay_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_open_pay_idx ON public.jobs USING btree (kind, pay_max) WHERE (status = 'published'::text);

--
-- Name: jobs_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_path_idx ON public.jobs USING btree (union_path, id DESC);

--
-- Name: jobs_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_station_idx ON public.jobs USING btree (station_id, closes_on) WHERE ((status = 'published'::text) AND (station_id IS NOT NULL));

--
-- Name: legal_slots_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_slots_path_idx ON public.legal_slots USING btree (union_path, starts_at);

--
-- Name: member_corrections_one_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX member_corrections_one_pending ON public.member_corrections USING btree (member_id, field) WHERE (status = 'pending'::text);

--
-- Name: member_corrections_scope_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_corrections_scope_idx ON public.member_corrections USING btree (union_path, status);

--
-- Name: member_events_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_events_member_idx ON public.member_events USING btree (member_id, id);

--
-- Name: member_imports_scope_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_imports_scope_idx ON public.member_imports USING btree (union_path, id DESC);

--
-- Name: member_messages_dedupe_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX member_messages_dedupe_idx ON public.member_messages USING btree (dedupe_key);

--
-- Name: member_messages_phone_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_messages_phone_idx ON public.member_messages USING btree (phone_hash, id DESC);

--
-- Name: member_messages_sms_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_messages_sms_pending_idx ON public.member_messages USING btree (created_at) WHERE (sms_state = 'pending'::text);

--
-- Name: member_transfers_from_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_transfers_from_idx ON public.member_transfers USING btree (from_path, status);

--
-- Name: member_transfers_one_open; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX member_transfers_one_open ON public.member_transfers USING btree (member_id) WHERE (status = ANY (ARRAY['pending_out'::text, 'pending_in'::text]));

--
-- Name: member_transfers_to_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_transfers_to_idx ON public.member_transfers USING btree (to_path, status);

--
-- Name: members_one_active_per_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX members_one_active_per_phone ON public.members USING btree (phone_hash) WHERE (status = 'active'::text);

--
-- Name: members_phone_hash_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_phone_hash_idx ON public.members USING btree (phone_hash);

--
-- Name: members_union_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_union_path_idx ON public.members USING btree (union_path, status);

--
-- Name: membership_application_events_app_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_application_events_app_idx ON public.membership_application_events USING btree (application_id, id);

--
-- Name: membership_applications_applicant_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_applications_applicant_idx ON public.membership_applications USING btree (applicant_phone_hash, created_at DESC);

--
-- Name: membership_applications_one_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX membership_applications_one_pending ON public.membership_applications USING btree (id_number_hash) WHERE (status = 'pending'::text);

--
-- Name: membership_applications_one_pending_per_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX membership_applications_one_pending_per_phone ON public.membership_applications USING btree (phone_hash) WHERE (status = 'pending'::text);

--
-- Name: membership_applications_scope_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_applications_scope_idx ON public.membership_applications USING btree (union_path, status, created_at);

--
-- Name: merchants_union_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX merchants_union_path_idx ON public.merchants USING btree (union_path);

--
-- Name: offer_feedback_offer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX offer_feedback_offer_idx ON public.offer_feedback USING btree (offer_id);

--
-- Name: offers_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX offers_open_idx ON public.offers USING btree (status, closes_at);

--
-- Name: offers_union_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX offers_union_path_idx ON public.offers USING btree (union_path, status);

--
-- Name: otp_codes_phone_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_codes_phone_idx ON public.otp_codes USING btree (phone_hash, purpose);

--
-- Name: points_accounts_partner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX points_accounts_partner_idx ON public.points_accounts USING btree (kind) WHERE (kind = 'partner'::text);

--
-- Name: points_accounts_pool_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX points_accounts_pool_idx ON public.points_accounts USING btree (union_id) WHERE (kind = 'union_pool'::text);

--
-- Name: points_postings_credit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX points_postings_credit_idx ON public.points_postings USING btree (credit_account_id, id);

--
-- Name: points_postings_debit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX points_postings_debit_idx ON public.points_postings USING btree (debit_account_id, id);

--
-- Name: points_postings_tx_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX points_postings_tx_idx ON public.points_postings USING btree (transaction_id);

--
-- Name: points_transactions_one_reversal_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX points_transactions_one_reversal_idx ON public.points_transactions USING btree (reverses_id) WHERE (reverses_id IS NOT NULL);

--
-- Name: points_transactions_union_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX points_transactions_union_idx ON public.points_transactions USING btree (union_id, created_at);

--
-- Name: quiz_questions_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quiz_questions_path_idx ON public.quiz_questions USING btree (union_path, id DESC);

--
-- Name: role_grants_union_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX role_grants_union_idx ON public.role_grants USING btree (union_id);

--
-- Name: room_bookings_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_bookings_member_idx ON public.room_bookings USING btree (member_id, starts_at DESC);

--
-- Name: room_bookings_slot_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_bookings_slot_idx ON public.room_bookings USING btree (slot_id);

--
-- Name: room_bookings_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_bookings_station_idx ON public.room_bookings USING btree (station_id, starts_at DESC);

--
-- Name: service_items_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_items_path_idx ON public.service_items USING btree (union_path, id DESC);

--
-- Name: service_order_events_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_order_events_order_idx ON public.service_order_events USING btree (order_id, id);

--
-- Name: service_orders_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_orders_open_idx ON public.service_orders USING btree (take_by) WHERE (status = 'placed'::text);

--
-- Name: service_orders_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_orders_path_idx ON public.service_orders USING btree (union_path, id DESC);

--
-- Name: service_orders_requester_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_orders_requester_idx ON public.service_orders USING btree (requester_phone_hash, id DESC);

--
-- Name: service_orders_team_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_orders_team_idx ON public.service_orders USING btree (team_id, id DESC);

--
-- Name: sessions_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_account_idx ON public.sessions USING btree (account_id);

--
-- Name: station_managers_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_managers_account_idx ON public.station_managers USING btree (account_id);

--
-- Name: station_photos_of_station; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_photos_of_station ON public.station_photos USING btree (station_id, "position", id);

--
-- Name: station_reviews_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_reviews_station_idx ON public.station_reviews USING btree (station_id, created_at DESC);

--
-- Name: station_rooms_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_rooms_station_idx ON public.station_rooms USING btree (station_id);

--
-- Name: station_visits_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_visits_member_idx ON public.station_visits USING btree (member_id, visited_at DESC);

--
-- Name: station_visits_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX station_visits_station_idx ON public.station_visits USING btree (station_id, visited_at);

--
-- Name: stations_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stations_path_idx ON public.stations USING btree (union_path, id);

--
-- Name: training_sessions_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX training_sessions_path_idx ON public.training_sessions USING btree (union_path, held_on DESC, id DESC);

--
-- Name: unions_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unions_name_idx ON public.unions USING btree (name text_pattern_ops);

--
-- Name: unions_parent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unions_parent_idx ON public.unions USING btree (parent_id, name);

--
-- Name: volunteer_activities_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_activities_path_idx ON public.volunteer_activities USING btree (union_path, starts_at DESC);

--
-- Name: volunteer_certificates_volunteer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_certificates_volunteer_idx ON public.volunteer_certificates USING btree (volunteer_id, issued_at DESC);

--
-- Name: volunteer_hours_activity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_hours_activity_idx ON public.volunteer_hours USING btree (activity_id, id);

--
-- Name: volunteer_hours_volunteer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_hours_volunteer_idx ON public.volunteer_hours USING btree (volunteer_id, checkin_at);

--
-- Name: volunteer_team_logs_team_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_team_logs_team_idx ON public.volunteer_team_logs USING btree (team_id, happened_on DESC, id DESC);

--
-- Name: volunteer_team_members_volunteer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_team_members_volunteer_idx ON public.volunteer_team_members USING btree (volunteer_id);

--
-- Name: volunteer_team_one_leader; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX volunteer_team_one_leader ON public.volunteer_team_members USING btree (team_id) WHERE ((role = 'leader'::text) AND (status = 'active'::text));

--
-- Name: volunteer_teams_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX volunteer_teams_path_idx ON public.volunteer_teams USING btree (union_path, id DESC);

--
-- Name: vouchers_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vouchers_claim_idx ON public.vouchers USING btree (claim_id);

--
-- Name: vouchers_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vouchers_member_idx ON public.vouchers USING btree (member_id, id DESC);

--
-- Name: accounts accounts_auth_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER accounts_auth_change AFTER DELETE OR UPDATE OF disabled, username, display_name, merchant_id ON public.accounts FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: appeal_events appeal_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER appeal_events_append_only BEFORE DELETE OR UPDATE ON public.appeal_events FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: article_events article_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER article_events_append_only BEFORE DELETE OR UPDATE ON public.article_events FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: assistance_disbursements assistance_disbursements_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assistance_disbursements_append_only BEFORE DELETE OR UPDATE ON public.assistance_disbursements FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: assistance_events assistance_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assistance_events_append_only BEFORE DELETE OR UPDATE ON public.assistance_events FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: assistance_rule_sets assistance_rule_sets_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assistance_rule_sets_append_only BEFORE DELETE OR UPDATE ON public.assistance_rule_sets FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: audit_events audit_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON public.audit_events FOR EACH STATEMENT EXECUTE FUNCTION public.audit_events_append_only();

--
-- Name: audit_events audit_events_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_no_update BEFORE DELETE OR UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.audit_events_append_only();

--
-- Name: claim_events claim_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_events_append_only BEFORE DELETE OR UPDATE ON public.claim_events FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: employers employers_auth_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER employers_auth_change AFTER DELETE OR UPDATE OF name ON public.employers FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: members members_auth_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER members_auth_change AFTER INSERT OR DELETE OR UPDATE ON public.members FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: points_postings points_postings_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER points_postings_append_only BEFORE DELETE OR UPDATE ON public.points_postings FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: points_postings points_postings_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER points_postings_no_truncate BEFORE TRUNCATE ON public.points_postings FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change();

--
-- Name: points_transactions points_transactions_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER points_transactions_append_only BEFORE DELETE OR UPDATE ON public.points_transactions FOR EACH ROW EXECUTE FUNCTION public.refuse_change();

--
-- Name: points_transactions points_transactions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER points_transactions_no_truncate BEFORE TRUNCATE ON public.points_transactions FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change();

--
-- Name: role_grants role_grants_auth_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER role_grants_auth_change AFTER INSERT OR DELETE OR UPDATE ON public.role_grants FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: sessions sessions_auth_gone; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sessions_auth_gone AFTER DELETE ON public.sessions REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change_if_gone();

--
-- Name: sessions sessions_auth_stage; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sessions_auth_stage AFTER UPDATE OF stage ON public.sessions FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: unions unions_auth_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER unions_auth_change AFTER UPDATE OF active, path, name ON public.unions FOR EACH STATEMENT EXECUTE FUNCTION public.notify_auth_change();

--
-- Name: accounts accounts_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: accounts accounts_merchant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_merchant_id_fkey FOREIGN KEY (merchant_id) REFERENCES public.merchants(id);

--
-- Name: appeal_events appeal_events_appeal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_events
    ADD CONSTRAINT appeal_events_appeal_id_fkey FOREIGN KEY (appeal_id) REFERENCES public.appeals(id);

--
-- Name: appeal_events appeal_events_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_events
    ADD CONSTRAINT appeal_events_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: appeal_sla_policies appeal_sla_policies_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeal_sla_policies
    ADD CONSTRAINT appeal_sla_policies_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: appeals appeals_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT appeals_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES public.employers(id);

--
-- Name: appeals appeals_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT appeals_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: appeals appeals_routed_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT appeals_routed_union_id_fkey FOREIGN KEY (routed_union_id) REFERENCES public.unions(id);

--
-- Name: appeals appeals_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT appeals_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: article_attachments article_attachments_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_attachments
    ADD CONSTRAINT article_attachments_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.articles(id);

--
-- Name: article_attachments article_attachments_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_attachments
    ADD CONSTRAINT article_attachments_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.accounts(id);

--
-- Name: article_events article_events_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_events
    ADD CONSTRAINT article_events_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.articles(id);

--
-- Name: article_images article_images_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_images
    ADD CONSTRAINT article_images_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.accounts(id);

--
-- Name: article_reads article_reads_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_reads
    ADD CONSTRAINT article_reads_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.articles(id);

--
-- Name: article_reads article_reads_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_reads
    ADD CONSTRAINT article_reads_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: articles articles_author_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_author_account_id_fkey FOREIGN KEY (author_account_id) REFERENCES public.accounts(id);

--
-- Name: articles articles_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.accounts(id);

--
-- Name: articles articles_submitted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES public.accounts(id);

--
-- Name: articles articles_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: assistance_applications assistance_applications_budget_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_budget_union_id_fkey FOREIGN KEY (budget_union_id) REFERENCES public.unions(id);

--
-- Name: assistance_applications assistance_applications_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.accounts(id);

--
-- Name: assistance_applications assistance_applications_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: assistance_applications assistance_applications_proposed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_proposed_by_fkey FOREIGN KEY (proposed_by) REFERENCES public.accounts(id);

--
-- Name: assistance_applications assistance_applications_reviewer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES public.accounts(id);

--
-- Name: assistance_applications assistance_applications_rule_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_rule_version_fkey FOREIGN KEY (rule_version) REFERENCES public.assistance_rule_sets(version);

--
-- Name: assistance_applications assistance_applications_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_applications
    ADD CONSTRAINT assistance_applications_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: assistance_budgets assistance_budgets_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_budgets
    ADD CONSTRAINT assistance_budgets_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: assistance_disbursements assistance_disbursements_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_disbursements
    ADD CONSTRAINT assistance_disbursements_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.assistance_applications(id);

--
-- Name: assistance_disbursements assistance_disbursements_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_disbursements
    ADD CONSTRAINT assistance_disbursements_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.accounts(id);

--
-- Name: assistance_events assistance_events_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_events
    ADD CONSTRAINT assistance_events_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.assistance_applications(id);

--
-- Name: assistance_events assistance_events_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_events
    ADD CONSTRAINT assistance_events_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: assistance_help assistance_help_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_help
    ADD CONSTRAINT assistance_help_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.assistance_applications(id);

--
-- Name: assistance_help assistance_help_program_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_help
    ADD CONSTRAINT assistance_help_program_id_fkey FOREIGN KEY (program_id) REFERENCES public.assistance_programs(id);

--
-- Name: assistance_help assistance_help_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_help
    ADD CONSTRAINT assistance_help_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.accounts(id);

--
-- Name: assistance_programs assistance_programs_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_programs
    ADD CONSTRAINT assistance_programs_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: assistance_rule_sets assistance_rule_sets_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assistance_rule_sets
    ADD CONSTRAINT assistance_rule_sets_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: bill_payments bill_payments_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bill_payments
    ADD CONSTRAINT bill_payments_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: claim_events claim_events_actor_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_events
    ADD CONSTRAINT claim_events_actor_account_id_fkey FOREIGN KEY (actor_account_id) REFERENCES public.accounts(id);

--
-- Name: claim_events claim_events_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_events
    ADD CONSTRAINT claim_events_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claims(id);

--
-- Name: claims claims_checked_in_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_checked_in_by_fkey FOREIGN KEY (checked_in_by) REFERENCES public.accounts(id);

--
-- Name: claims claims_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: claims claims_offer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claims
    ADD CONSTRAINT claims_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES public.offers(id);

--
-- Name: consultation_bookings consultation_bookings_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultation_bookings
    ADD CONSTRAINT consultation_bookings_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: consultation_bookings consultation_bookings_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultation_bookings
    ADD CONSTRAINT consultation_bookings_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.legal_slots(id);

--
-- Name: contest_answers contest_answers_attempt_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_answers
    ADD CONSTRAINT contest_answers_attempt_id_fkey FOREIGN KEY (attempt_id) REFERENCES public.contest_attempts(id);

--
-- Name: contest_answers contest_answers_question_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_answers
    ADD CONSTRAINT contest_answers_question_id_fkey FOREIGN KEY (question_id) REFERENCES public.quiz_questions(id);

--
-- Name: contest_attempts contest_attempts_contest_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_attempts
    ADD CONSTRAINT contest_attempts_contest_id_fkey FOREIGN KEY (contest_id) REFERENCES public.contests(id);

--
-- Name: contest_attempts contest_attempts_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_attempts
    ADD CONSTRAINT contest_attempts_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: contest_attempts contest_attempts_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_attempts
    ADD CONSTRAINT contest_attempts_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: contest_bests contest_bests_contest_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_bests
    ADD CONSTRAINT contest_bests_contest_id_fkey FOREIGN KEY (contest_id) REFERENCES public.contests(id);

--
-- Name: contest_bests contest_bests_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_bests
    ADD CONSTRAINT contest_bests_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: contest_bests contest_bests_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_bests
    ADD CONSTRAINT contest_bests_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: contest_questions contest_questions_contest_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_questions
    ADD CONSTRAINT contest_questions_contest_id_fkey FOREIGN KEY (contest_id) REFERENCES public.contests(id);

--
-- Name: contest_questions contest_questions_question_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contest_questions
    ADD CONSTRAINT contest_questions_question_id_fkey FOREIGN KEY (question_id) REFERENCES public.quiz_questions(id);

--
-- Name: contests contests_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contests
    ADD CONSTRAINT contests_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: contests contests_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contests
    ADD CONSTRAINT contests_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: course_certificates course_certificates_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_certificates
    ADD CONSTRAINT course_certificates_course_id_fkey FOREIGN KEY (course_id) REFERENCES public.courses(id);

--
-- Name: course_certificates course_certificates_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_certificates
    ADD CONSTRAINT course_certificates_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: course_enrolments course_enrolments_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_enrolments
    ADD CONSTRAINT course_enrolments_course_id_fkey FOREIGN KEY (course_id) REFERENCES public.courses(id);

--
-- Name: course_enrolments course_enrolments_last_lesson_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_enrolments
    ADD CONSTRAINT course_enrolments_last_lesson_id_fkey FOREIGN KEY (last_lesson_id) REFERENCES public.course_lessons(id);

--
-- Name: course_enrolments course_enrolments_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_enrolments
    ADD CONSTRAINT course_enrolments_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: course_enrolments course_enrolments_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_enrolments
    ADD CONSTRAINT course_enrolments_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: course_lessons course_lessons_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_lessons
    ADD CONSTRAINT course_lessons_course_id_fkey FOREIGN KEY (course_id) REFERENCES public.courses(id);

--
-- Name: courses courses_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: courses courses_offer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES public.offers(id);

--
-- Name: courses courses_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: document_recipients document_recipients_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_recipients
    ADD CONSTRAINT document_recipients_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);

--
-- Name: document_recipients document_recipients_read_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_recipients
    ADD CONSTRAINT document_recipients_read_by_fkey FOREIGN KEY (read_by) REFERENCES public.accounts(id);

--
-- Name: document_recipients document_recipients_replied_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_recipients
    ADD CONSTRAINT document_recipients_replied_by_fkey FOREIGN KEY (replied_by) REFERENCES public.accounts(id);

--
-- Name: document_recipients document_recipients_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_recipients
    ADD CONSTRAINT document_recipients_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: documents documents_sent_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_sent_by_fkey FOREIGN KEY (sent_by) REFERENCES public.accounts(id);

--
-- Name: documents documents_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: employers employers_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employers
    ADD CONSTRAINT employers_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: export_requests export_requests_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.export_requests
    ADD CONSTRAINT export_requests_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.accounts(id);

--
-- Name: export_requests export_requests_requested_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.export_requests
    ADD CONSTRAINT export_requests_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES public.accounts(id);

--
-- Name: export_requests export_requests_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.export_requests
    ADD CONSTRAINT export_requests_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: job_application_events job_application_events_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_application_events
    ADD CONSTRAINT job_application_events_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.job_applications(id);

--
-- Name: job_applications job_applications_job_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_applications
    ADD CONSTRAINT job_applications_job_id_fkey FOREIGN KEY (job_id) REFERENCES public.jobs(id);

--
-- Name: job_applications job_applications_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_applications
    ADD CONSTRAINT job_applications_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: job_fair_booths job_fair_booths_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_booths
    ADD CONSTRAINT job_fair_booths_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES public.employers(id);

--
-- Name: job_fair_booths job_fair_booths_fair_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_booths
    ADD CONSTRAINT job_fair_booths_fair_id_fkey FOREIGN KEY (fair_id) REFERENCES public.job_fairs(id);

--
-- Name: job_fair_visitors job_fair_visitors_fair_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_visitors
    ADD CONSTRAINT job_fair_visitors_fair_id_fkey FOREIGN KEY (fair_id) REFERENCES public.job_fairs(id);

--
-- Name: job_fair_visitors job_fair_visitors_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fair_visitors
    ADD CONSTRAINT job_fair_visitors_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: job_fairs job_fairs_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fairs
    ADD CONSTRAINT job_fairs_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: job_fairs job_fairs_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fairs
    ADD CONSTRAINT job_fairs_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: job_fairs job_fairs_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_fairs
    ADD CONSTRAINT job_fairs_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: job_matches job_matches_job_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_matches
    ADD CONSTRAINT job_matches_job_id_fkey FOREIGN KEY (job_id) REFERENCES public.jobs(id);

--
-- Name: job_matches job_matches_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_matches
    ADD CONSTRAINT job_matches_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: job_seekers job_seekers_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_seekers
    ADD CONSTRAINT job_seekers_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: job_walkins job_walkins_registered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_walkins
    ADD CONSTRAINT job_walkins_registered_by_fkey FOREIGN KEY (registered_by) REFERENCES public.accounts(id);

--
-- Name: job_walkins job_walkins_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_walkins
    ADD CONSTRAINT job_walkins_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: jobs jobs_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES public.employers(id);

--
-- Name: jobs jobs_posted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_posted_by_fkey FOREIGN KEY (posted_by) REFERENCES public.accounts(id);

--
-- Name: jobs jobs_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.accounts(id);

--
-- Name: jobs jobs_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: jobs jobs_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: legal_slots legal_slots_lawyer_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_slots
    ADD CONSTRAINT legal_slots_lawyer_account_id_fkey FOREIGN KEY (lawyer_account_id) REFERENCES public.accounts(id);

--
-- Name: legal_slots legal_slots_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_slots
    ADD CONSTRAINT legal_slots_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: lesson_progress lesson_progress_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lesson_progress
    ADD CONSTRAINT lesson_progress_course_id_fkey FOREIGN KEY (course_id) REFERENCES public.courses(id);

--
-- Name: lesson_progress lesson_progress_lesson_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lesson_progress
    ADD CONSTRAINT lesson_progress_lesson_id_fkey FOREIGN KEY (lesson_id) REFERENCES public.course_lessons(id);

--
-- Name: lesson_progress lesson_progress_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lesson_progress
    ADD CONSTRAINT lesson_progress_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: member_corrections member_corrections_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_corrections
    ADD CONSTRAINT member_corrections_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: member_corrections member_corrections_new_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_corrections
    ADD CONSTRAINT member_corrections_new_employer_id_fkey FOREIGN KEY (new_employer_id) REFERENCES public.employers(id);

--
-- Name: member_events member_events_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_events
    ADD CONSTRAINT member_events_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: member_import_rows member_import_rows_import_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_import_rows
    ADD CONSTRAINT member_import_rows_import_id_fkey FOREIGN KEY (import_id) REFERENCES public.member_imports(id);

--
-- Name: member_imports member_imports_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_imports
    ADD CONSTRAINT member_imports_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: member_imports member_imports_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_imports
    ADD CONSTRAINT member_imports_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: member_transfers member_transfers_from_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_transfers
    ADD CONSTRAINT member_transfers_from_union_id_fkey FOREIGN KEY (from_union_id) REFERENCES public.unions(id);

--
-- Name: member_transfers member_transfers_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_transfers
    ADD CONSTRAINT member_transfers_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: member_transfers member_transfers_to_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_transfers
    ADD CONSTRAINT member_transfers_to_union_id_fkey FOREIGN KEY (to_union_id) REFERENCES public.unions(id);

--
-- Name: members members_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES public.employers(id);

--
-- Name: members members_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: membership_application_events membership_application_events_application_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_application_events
    ADD CONSTRAINT membership_application_events_application_id_fkey FOREIGN KEY (application_id) REFERENCES public.membership_applications(id);

--
-- Name: membership_applications membership_applications_employer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_applications
    ADD CONSTRAINT membership_applications_employer_id_fkey FOREIGN KEY (employer_id) REFERENCES public.employers(id);

--
-- Name: membership_applications membership_applications_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_applications
    ADD CONSTRAINT membership_applications_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: membership_applications membership_applications_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership_applications
    ADD CONSTRAINT membership_applications_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: merchants merchants_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.merchants
    ADD CONSTRAINT merchants_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: offer_feedback offer_feedback_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offer_feedback
    ADD CONSTRAINT offer_feedback_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claims(id);

--
-- Name: offer_feedback offer_feedback_offer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offer_feedback
    ADD CONSTRAINT offer_feedback_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES public.offers(id);

--
-- Name: offers offers_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offers
    ADD CONSTRAINT offers_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: offers offers_merchant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offers
    ADD CONSTRAINT offers_merchant_id_fkey FOREIGN KEY (merchant_id) REFERENCES public.merchants(id);

--
-- Name: offers offers_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offers
    ADD CONSTRAINT offers_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: points_accounts points_accounts_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_accounts
    ADD CONSTRAINT points_accounts_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: points_accounts points_accounts_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_accounts
    ADD CONSTRAINT points_accounts_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: points_issuance_plans points_issuance_plans_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_issuance_plans
    ADD CONSTRAINT points_issuance_plans_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: points_issuance_plans points_issuance_plans_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_issuance_plans
    ADD CONSTRAINT points_issuance_plans_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.accounts(id);

--
-- Name: points_postings points_postings_credit_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_postings
    ADD CONSTRAINT points_postings_credit_account_id_fkey FOREIGN KEY (credit_account_id) REFERENCES public.points_accounts(id);

--
-- Name: points_postings points_postings_debit_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_postings
    ADD CONSTRAINT points_postings_debit_account_id_fkey FOREIGN KEY (debit_account_id) REFERENCES public.points_accounts(id);

--
-- Name: points_postings points_postings_transaction_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_postings
    ADD CONSTRAINT points_postings_transaction_id_fkey FOREIGN KEY (transaction_id) REFERENCES public.points_transactions(id);

--
-- Name: points_transactions points_transactions_actor_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_transactions
    ADD CONSTRAINT points_transactions_actor_account_id_fkey FOREIGN KEY (actor_account_id) REFERENCES public.accounts(id);

--
-- Name: points_transactions points_transactions_reverses_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_transactions
    ADD CONSTRAINT points_transactions_reverses_id_fkey FOREIGN KEY (reverses_id) REFERENCES public.points_transactions(id);

--
-- Name: points_transactions points_transactions_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.points_transactions
    ADD CONSTRAINT points_transactions_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: quiz_questions quiz_questions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quiz_questions
    ADD CONSTRAINT quiz_questions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: quiz_questions quiz_questions_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quiz_questions
    ADD CONSTRAINT quiz_questions_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: role_grants role_grants_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grants
    ADD CONSTRAINT role_grants_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: role_grants role_grants_granted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grants
    ADD CONSTRAINT role_grants_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES public.accounts(id);

--
-- Name: role_grants role_grants_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grants
    ADD CONSTRAINT role_grants_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: room_bookings room_bookings_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.accounts(id);

--
-- Name: room_bookings room_bookings_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: room_bookings room_bookings_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.station_rooms(id);

--
-- Name: room_bookings room_bookings_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.room_slots(id);

--
-- Name: room_bookings room_bookings_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: room_slots room_slots_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_slots
    ADD CONSTRAINT room_slots_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.station_rooms(id);

--
-- Name: room_slots room_slots_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_slots
    ADD CONSTRAINT room_slots_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: service_items service_items_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_items
    ADD CONSTRAINT service_items_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: service_items service_items_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_items
    ADD CONSTRAINT service_items_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: service_items service_items_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_items
    ADD CONSTRAINT service_items_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: service_order_events service_order_events_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_order_events
    ADD CONSTRAINT service_order_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.service_orders(id);

--
-- Name: service_orders service_orders_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.service_items(id);

--
-- Name: service_orders service_orders_requester_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_requester_member_id_fkey FOREIGN KEY (requester_member_id) REFERENCES public.members(id);

--
-- Name: service_orders service_orders_rule_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_rule_fk FOREIGN KEY (rule_id) REFERENCES public.volunteer_point_rules(id);

--
-- Name: service_orders service_orders_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.volunteer_teams(id);

--
-- Name: service_orders service_orders_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: service_orders service_orders_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_orders
    ADD CONSTRAINT service_orders_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES public.volunteers(id);

--
-- Name: sessions sessions_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: sessions sessions_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: station_managers station_managers_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_managers
    ADD CONSTRAINT station_managers_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);

--
-- Name: station_managers station_managers_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_managers
    ADD CONSTRAINT station_managers_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: station_photos station_photos_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_photos
    ADD CONSTRAINT station_photos_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: station_photos station_photos_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_photos
    ADD CONSTRAINT station_photos_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.accounts(id);

--
-- Name: station_reviews station_reviews_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.room_bookings(id);

--
-- Name: station_reviews station_reviews_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: station_reviews station_reviews_replied_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_replied_by_fkey FOREIGN KEY (replied_by) REFERENCES public.accounts(id);

--
-- Name: station_reviews station_reviews_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: station_reviews station_reviews_visit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_reviews
    ADD CONSTRAINT station_reviews_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES public.station_visits(id);

--
-- Name: station_rooms station_rooms_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_rooms
    ADD CONSTRAINT station_rooms_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: station_visits station_visits_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_visits
    ADD CONSTRAINT station_visits_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.room_bookings(id);

--
-- Name: station_visits station_visits_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_visits
    ADD CONSTRAINT station_visits_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: station_visits station_visits_service_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_visits
    ADD CONSTRAINT station_visits_service_fkey FOREIGN KEY (service) REFERENCES public.station_amenities(key);

--
-- Name: station_visits station_visits_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.station_visits
    ADD CONSTRAINT station_visits_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: stations stations_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stations
    ADD CONSTRAINT stations_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: stations stations_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stations
    ADD CONSTRAINT stations_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: training_sessions training_sessions_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_sessions
    ADD CONSTRAINT training_sessions_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.accounts(id);

--
-- Name: training_sessions training_sessions_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_sessions
    ADD CONSTRAINT training_sessions_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: union_budgets union_budgets_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.union_budgets
    ADD CONSTRAINT union_budgets_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: unions unions_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unions
    ADD CONSTRAINT unions_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.unions(id);

--
-- Name: volunteer_activities volunteer_activities_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: volunteer_activities volunteer_activities_offer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES public.offers(id);

--
-- Name: volunteer_activities volunteer_activities_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stations(id);

--
-- Name: volunteer_activities volunteer_activities_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.volunteer_teams(id);

--
-- Name: volunteer_activities volunteer_activities_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_activities
    ADD CONSTRAINT volunteer_activities_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: volunteer_certificates volunteer_certificates_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_certificates
    ADD CONSTRAINT volunteer_certificates_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES public.volunteers(id);

--
-- Name: volunteer_hours volunteer_hours_activity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_hours
    ADD CONSTRAINT volunteer_hours_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES public.volunteer_activities(id);

--
-- Name: volunteer_hours volunteer_hours_confirmed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_hours
    ADD CONSTRAINT volunteer_hours_confirmed_by_fkey FOREIGN KEY (confirmed_by) REFERENCES public.accounts(id);

--
-- Name: volunteer_hours volunteer_hours_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_hours
    ADD CONSTRAINT volunteer_hours_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES public.volunteers(id);

--
-- Name: volunteer_point_rules volunteer_point_rules_published_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_point_rules
    ADD CONSTRAINT volunteer_point_rules_published_by_fkey FOREIGN KEY (published_by) REFERENCES public.accounts(id);

--
-- Name: volunteer_point_rules volunteer_point_rules_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_point_rules
    ADD CONSTRAINT volunteer_point_rules_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: volunteer_team_logs volunteer_team_logs_author_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_logs
    ADD CONSTRAINT volunteer_team_logs_author_account_id_fkey FOREIGN KEY (author_account_id) REFERENCES public.accounts(id);

--
-- Name: volunteer_team_logs volunteer_team_logs_author_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_logs
    ADD CONSTRAINT volunteer_team_logs_author_volunteer_id_fkey FOREIGN KEY (author_volunteer_id) REFERENCES public.volunteers(id);

--
-- Name: volunteer_team_logs volunteer_team_logs_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_logs
    ADD CONSTRAINT volunteer_team_logs_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.volunteer_teams(id);

--
-- Name: volunteer_team_members volunteer_team_members_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_members
    ADD CONSTRAINT volunteer_team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.volunteer_teams(id);

--
-- Name: volunteer_team_members volunteer_team_members_volunteer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_team_members
    ADD CONSTRAINT volunteer_team_members_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES public.volunteers(id);

--
-- Name: volunteer_teams volunteer_teams_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_teams
    ADD CONSTRAINT volunteer_teams_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts(id);

--
-- Name: volunteer_teams volunteer_teams_union_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteer_teams
    ADD CONSTRAINT volunteer_teams_union_id_fkey FOREIGN KEY (union_id) REFERENCES public.unions(id);

--
-- Name: volunteers volunteers_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.volunteers
    ADD CONSTRAINT volunteers_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);

--
-- Name: vouchers vouchers_claim_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vouchers
    ADD CONSTRAINT vouchers_claim_fkey FOREIGN KEY (claim_id, offer_id, member_id) REFERENCES public.claims(id, offer_id, member_id);

--
-- Name: vouchers vouchers_redeemed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vouchers
    ADD CONSTRAINT vouchers_redeemed_by_fkey FOREIGN KEY (redeemed_by) REFERENCES public.accounts(id);

--
-- PostgreSQL database dump complete
--

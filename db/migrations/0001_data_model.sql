CREATE TYPE "public"."activity_kind" AS ENUM('call', 'meeting', 'email', 'task', 'note');--> statement-breakpoint
CREATE TYPE "public"."priority" AS ENUM('low', 'normal', 'high');--> statement-breakpoint
CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'restore', 'bulk_update', 'merge');--> statement-breakpoint
CREATE TYPE "public"."bulk_job_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."list_kind" AS ENUM('organisations', 'persons', 'persons_in_organisation');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('nl', 'en', 'fr');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('user', 'crm_super', 'admin');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "activity_kind" NOT NULL,
	"subject" text NOT NULL,
	"description" text,
	"due_at" timestamp with time zone,
	"assigned_to_id" integer,
	"done" boolean DEFAULT false NOT NULL,
	"priority" "priority" DEFAULT 'normal' NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"organisation_id" integer,
	"person_id" integer,
	"person_in_organisation_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "activities_has_subject" CHECK (num_nonnulls("activities"."organisation_id", "activities"."person_id", "activities"."person_in_organisation_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"table_name" text NOT NULL,
	"record_id" integer NOT NULL,
	"record_version" integer,
	"action" "audit_action" NOT NULL,
	"user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bulk_job_id" integer
);
--> statement-breakpoint
CREATE TABLE "bulk_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulk_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"list" text NOT NULL,
	"status" "bulk_job_status" DEFAULT 'queued' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "choice_list_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "choice_list_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"choice_list_id" integer NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "choice_lists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "choice_lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "choice_lists_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mailing_group_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mailing_group_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"mailing_group_id" integer NOT NULL,
	"person_in_organisation_id" integer,
	"organisation_id" integer,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" integer,
	CONSTRAINT "mailing_group_members_one_subject" CHECK (num_nonnulls("mailing_group_members"."person_in_organisation_id", "mailing_group_members"."organisation_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "mailing_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mailing_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"relation_type_id" integer,
	"status_id" integer,
	"industry_id" integer,
	"account_manager_id" integer,
	"segment_id" integer,
	"subsegment_id" integer,
	"customer_number" text,
	"kvk_number" text,
	"vat_number" text,
	"iban" text,
	"email" text,
	"phone" text,
	"website" text,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"visit_street" text,
	"visit_house_number" text,
	"visit_house_number_addition" text,
	"visit_postcode" text,
	"visit_city" text,
	"visit_country" text DEFAULT 'NL' NOT NULL,
	"postal_same_as_visit" boolean DEFAULT true NOT NULL,
	"postal_po_box" text,
	"postal_street" text,
	"postal_house_number" text,
	"postal_house_number_addition" text,
	"postal_postcode" text,
	"postal_city" text,
	"postal_country" text DEFAULT 'NL' NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (relatio_fold(name)) STORED,
	"search_text" text GENERATED ALWAYS AS (relatio_fold(name || ' ' || coalesce(customer_number, '') || ' ' || coalesce(kvk_number, '') || ' ' || coalesce(visit_city, ''))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "organisations_kvk_format" CHECK ("organisations"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "organisations_visit_postcode_nl" CHECK ("organisations"."visit_country" <> 'NL' OR "organisations"."visit_postcode" ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
	CONSTRAINT "organisations_postal_postcode_nl" CHECK ("organisations"."postal_country" <> 'NL' OR "organisations"."postal_postcode" ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
	CONSTRAINT "organisations_country_code" CHECK ("organisations"."visit_country" ~ '^[A-Z]{2}$' AND "organisations"."postal_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organisations_iban_format" CHECK ("organisations"."iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
	CONSTRAINT "organisations_name_not_blank" CHECK (btrim("organisations"."name") <> '')
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"salutation_id" integer,
	"initials" text,
	"first_name" text,
	"name_prefix" text,
	"last_name" text NOT NULL,
	"private_email" text,
	"phone" text,
	"mobile" text,
	"date_of_birth" date,
	"street" text,
	"house_number" text,
	"house_number_addition" text,
	"postcode" text,
	"city" text,
	"country" text DEFAULT 'NL' NOT NULL,
	"marketing_consent" boolean DEFAULT false NOT NULL,
	"marketing_consent_at" timestamp with time zone,
	"passive" boolean DEFAULT false NOT NULL,
	"notes" text,
	"sort_name" text GENERATED ALWAYS AS (relatio_fold(last_name || ' ' || coalesce(first_name, '') || ' ' || coalesce(name_prefix, ''))) STORED,
	"search_text" text GENERATED ALWAYS AS (relatio_fold(coalesce(first_name, '') || ' ' || coalesce(name_prefix, '') || ' ' || last_name || ' ' || coalesce(private_email, ''))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "persons_last_name_not_blank" CHECK (btrim("persons"."last_name") <> ''),
	CONSTRAINT "persons_postcode_nl" CHECK ("persons"."country" <> 'NL' OR "persons"."postcode" ~ '^[1-9][0-9]{3} [A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "persons_in_organisation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_in_organisation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"department" text,
	"job_title" text,
	"email" text,
	"phone" text,
	"mobile" text,
	"category_id" integer,
	"subcategory_id" integer,
	"start_date" date,
	"end_date" date,
	"active" boolean DEFAULT true NOT NULL,
	"notes" text,
	"person_sort_name" text,
	"organisation_name_sort" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "persons_in_organisation_dates" CHECK ("persons_in_organisation"."end_date" IS NULL OR "persons_in_organisation"."start_date" IS NULL OR "persons_in_organisation"."end_date" >= "persons_in_organisation"."start_date")
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_views_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"list" "list_kind" NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "segments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"parent_id" integer,
	"name" text NOT NULL,
	"applies_to_organisation" boolean DEFAULT true NOT NULL,
	"applies_to_person_in_organisation" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "segments_applies_somewhere" CHECK ("segments"."applies_to_organisation" OR "segments"."applies_to_person_in_organisation"),
	CONSTRAINT "segments_name_not_blank" CHECK (btrim("segments"."name") <> '')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" DEFAULT 'user' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"locale" "locale",
	"last_login_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_person_in_organisation_id_persons_in_organisation_id_fk" FOREIGN KEY ("person_in_organisation_id") REFERENCES "public"."persons_in_organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_bulk_job_id_bulk_jobs_id_fk" FOREIGN KEY ("bulk_job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD CONSTRAINT "bulk_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_list_entries" ADD CONSTRAINT "choice_list_entries_choice_list_id_choice_lists_id_fk" FOREIGN KEY ("choice_list_id") REFERENCES "public"."choice_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_list_entries" ADD CONSTRAINT "choice_list_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_list_entries" ADD CONSTRAINT "choice_list_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_lists" ADD CONSTRAINT "choice_lists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choice_lists" ADD CONSTRAINT "choice_lists_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_group_members" ADD CONSTRAINT "mailing_group_members_mailing_group_id_mailing_groups_id_fk" FOREIGN KEY ("mailing_group_id") REFERENCES "public"."mailing_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_group_members" ADD CONSTRAINT "mailing_group_members_person_in_organisation_id_persons_in_organisation_id_fk" FOREIGN KEY ("person_in_organisation_id") REFERENCES "public"."persons_in_organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_group_members" ADD CONSTRAINT "mailing_group_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_group_members" ADD CONSTRAINT "mailing_group_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_groups" ADD CONSTRAINT "mailing_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_groups" ADD CONSTRAINT "mailing_groups_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_relation_type_id_choice_list_entries_id_fk" FOREIGN KEY ("relation_type_id") REFERENCES "public"."choice_list_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_status_id_choice_list_entries_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."choice_list_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_industry_id_choice_list_entries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."choice_list_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_account_manager_id_users_id_fk" FOREIGN KEY ("account_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_subsegment_id_segments_id_fk" FOREIGN KEY ("subsegment_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_salutation_id_choice_list_entries_id_fk" FOREIGN KEY ("salutation_id") REFERENCES "public"."choice_list_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_category_id_segments_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_subcategory_id_segments_id_fk" FOREIGN KEY ("subcategory_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_in_organisation" ADD CONSTRAINT "persons_in_organisation_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_parent_id_segments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_organisation_idx" ON "activities" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "activities_person_idx" ON "activities" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "activities_pio_idx" ON "activities" USING btree ("person_in_organisation_id");--> statement-breakpoint
CREATE INDEX "activities_queue_idx" ON "activities" USING btree ("assigned_to_id","due_at") WHERE deleted_at IS NULL AND NOT done;--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "audit_log" USING btree ("table_name","record_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "bulk_jobs_created_by_idx" ON "bulk_jobs" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "choice_list_entries_list_idx" ON "choice_list_entries" USING btree ("choice_list_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "choice_list_entries_label_uq" ON "choice_list_entries" USING btree ("choice_list_id",lower("label")) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mailing_group_members_pio_uq" ON "mailing_group_members" USING btree ("mailing_group_id","person_in_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailing_group_members_org_uq" ON "mailing_group_members" USING btree ("mailing_group_id","organisation_id");--> statement-breakpoint
CREATE INDEX "mailing_group_members_pio_idx" ON "mailing_group_members" USING btree ("person_in_organisation_id");--> statement-breakpoint
CREATE INDEX "mailing_group_members_org_idx" ON "mailing_group_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailing_groups_name_uq" ON "mailing_groups" USING btree (lower("name")) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_live_name_idx" ON "organisations" USING btree ("name_sort","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "organisations_search_trgm_idx" ON "organisations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_gist_idx" ON "organisations" USING gist ("name_sort" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_city_idx" ON "organisations" USING btree (relatio_fold("visit_city"));--> statement-breakpoint
CREATE INDEX "organisations_postcode_idx" ON "organisations" USING btree ("visit_postcode");--> statement-breakpoint
CREATE INDEX "organisations_kvk_idx" ON "organisations" USING btree ("kvk_number");--> statement-breakpoint
CREATE INDEX "organisations_customer_number_idx" ON "organisations" USING btree ("customer_number");--> statement-breakpoint
CREATE INDEX "organisations_status_idx" ON "organisations" USING btree ("status_id");--> statement-breakpoint
CREATE INDEX "organisations_relation_type_idx" ON "organisations" USING btree ("relation_type_id");--> statement-breakpoint
CREATE INDEX "organisations_industry_idx" ON "organisations" USING btree ("industry_id");--> statement-breakpoint
CREATE INDEX "organisations_account_manager_idx" ON "organisations" USING btree ("account_manager_id");--> statement-breakpoint
CREATE INDEX "organisations_segment_idx" ON "organisations" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "organisations_subsegment_idx" ON "organisations" USING btree ("subsegment_id");--> statement-breakpoint
CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "organisations_deleted_at_idx" ON "organisations" USING btree ("deleted_at") WHERE deleted_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_live_sort_idx" ON "persons" USING btree ("sort_name","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "persons_search_trgm_idx" ON "persons" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_sort_trgm_gist_idx" ON "persons" USING gist ("sort_name" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_address_idx" ON "persons" USING btree ("postcode","house_number");--> statement-breakpoint
CREATE INDEX "persons_city_idx" ON "persons" USING btree (relatio_fold("city"));--> statement-breakpoint
CREATE INDEX "persons_email_idx" ON "persons" USING btree (lower("private_email"));--> statement-breakpoint
CREATE INDEX "persons_salutation_idx" ON "persons" USING btree ("salutation_id");--> statement-breakpoint
CREATE INDEX "persons_created_at_idx" ON "persons" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "persons_updated_at_idx" ON "persons" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "pio_person_idx" ON "persons_in_organisation" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pio_organisation_idx" ON "persons_in_organisation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pio_category_idx" ON "persons_in_organisation" USING btree ("category_id","active");--> statement-breakpoint
CREATE INDEX "pio_subcategory_idx" ON "persons_in_organisation" USING btree ("subcategory_id");--> statement-breakpoint
CREATE INDEX "pio_live_person_sort_idx" ON "persons_in_organisation" USING btree ("person_sort_name","id") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "pio_live_active_person_sort_idx" ON "persons_in_organisation" USING btree ("person_sort_name","id") WHERE deleted_at IS NULL AND active;--> statement-breakpoint
CREATE INDEX "pio_email_idx" ON "persons_in_organisation" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "pio_created_at_idx" ON "persons_in_organisation" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "pio_updated_at_idx" ON "persons_in_organisation" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "saved_views_user_list_idx" ON "saved_views" USING btree ("user_id","list");--> statement-breakpoint
CREATE INDEX "segments_parent_idx" ON "segments" USING btree ("parent_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_sibling_name_uq" ON "segments" USING btree (coalesce("parent_id", 0),lower("name")) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_active_name_idx" ON "users" USING btree ("active","name");
CREATE TYPE "public"."role" AS ENUM('applicant', 'client', 'work_consultant', 'income_consultant', 'account_manager', 'quality_officer', 'administrator');--> statement-breakpoint
CREATE TYPE "public"."booking_attendance" AS ENUM('attended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('active', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."booking_cancel_origin" AS ENUM('person', 'staff', 'slot_cancelled', 'session_released');--> statement-breakpoint
CREATE TYPE "public"."slot_status" AS ENUM('open', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."slot_type" AS ENUM('info_session', 'talk', 'intake', 'income');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."assistant_answer_status" AS ENUM('draft', 'reviewed');--> statement-breakpoint
CREATE TYPE "public"."handoff_status" AS ENUM('open', 'handled');--> statement-breakpoint
CREATE TABLE "location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"website_url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
CREATE TABLE "recovery_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"two_factor_verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "two_factor" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"encrypted_key" text NOT NULL,
	"last_used_step" bigint DEFAULT 0 NOT NULL,
	"enabled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"preferred_locale" text DEFAULT 'nl' NOT NULL,
	"is_status_holder" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_id" uuid,
	"municipality_id" uuid,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "info_session_answer" (
	"user_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"module" text NOT NULL,
	"question_id" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"first_option" text NOT NULL,
	"first_correct" boolean NOT NULL,
	"last_option" text NOT NULL,
	"correct" boolean NOT NULL,
	"first_answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_session_answer_user_id_module_question_id_pk" PRIMARY KEY("user_id","module","question_id")
);
--> statement-breakpoint
CREATE TABLE "info_session_completion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locale" text NOT NULL,
	"content_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "category_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"decided_by" uuid NOT NULL,
	"category" text NOT NULL,
	"route" text NOT NULL,
	"result_id" uuid,
	"accepted_proposal" boolean NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_decision_reason_check" CHECK ("category_decision"."accepted_proposal" or length(trim(coalesce("category_decision"."reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "diagnosis_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"category" text NOT NULL,
	"route" text NOT NULL,
	"factors" jsonb NOT NULL,
	"rules_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"definition_version" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"health_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"locale" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "questionnaire_response_status_check" CHECK ("questionnaire_response"."status" in ('draft', 'submitted')),
	CONSTRAINT "questionnaire_response_submitted_check" CHECK (("questionnaire_response"."status" = 'submitted') = ("questionnaire_response"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type" "slot_type" NOT NULL,
	"status" "booking_status" DEFAULT 'active' NOT NULL,
	"ics_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"interpreter_language" text,
	"attendance" "booking_attendance",
	"booked_by" uuid,
	"cancel_origin" "booking_cancel_origin",
	"cancel_reason" text,
	"cancel_note" text,
	"cancelled_at" timestamp with time zone,
	"reminder_due_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"type" "slot_type" NOT NULL,
	"series_id" uuid,
	"parent_slot_id" uuid,
	"location_id" uuid NOT NULL,
	"consultant_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"status" "slot_status" DEFAULT 'open' NOT NULL,
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slot_capacity_positive" CHECK ("slot"."capacity" > 0),
	CONSTRAINT "slot_booked_within_capacity" CHECK ("slot"."booked" >= 0 and "slot"."booked" <= "slot"."capacity"),
	CONSTRAINT "slot_ends_after_start" CHECK ("slot"."ends_at" > "slot"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "slot_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"type" "slot_type" NOT NULL,
	"first_date" date NOT NULL,
	"start_time" text NOT NULL,
	"minutes" integer NOT NULL,
	"weeks" integer NOT NULL,
	"capacity" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"recipient_id" uuid,
	"to_address" text NOT NULL,
	"locale" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"ics" text,
	"ics_method" text,
	"dedupe_key" text,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_message_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "benefit_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"outflow_on" date,
	"outflow_kind" text,
	"outflow_reason" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_period_dates_check" CHECK ("benefit_period"."outflow_on" is null or "benefit_period"."outflow_on" >= "benefit_period"."started_on"),
	CONSTRAINT "benefit_period_outflow_check" CHECK (("benefit_period"."outflow_on" is null) = ("benefit_period"."outflow_kind" is null))
);
--> statement-breakpoint
CREATE TABLE "caseload_target" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"yearly_net_reduction" integer DEFAULT 40 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_phase" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"route" text,
	"category" text,
	"track" text,
	"route_started_on" date,
	"effective_on" date NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"changed_by" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_trajectory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"status" text DEFAULT 'ongoing' NOT NULL,
	"starts_on" date NOT NULL,
	"planned_end_on" date NOT NULL,
	"ended_on" date,
	"dropout_reason" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome_by" uuid,
	"outcome_at" timestamp with time zone,
	CONSTRAINT "client_trajectory_dates_check" CHECK ("client_trajectory"."planned_end_on" >= "client_trajectory"."starts_on"),
	CONSTRAINT "client_trajectory_outcome_check" CHECK (("client_trajectory"."status" = 'ongoing' and "client_trajectory"."ended_on" is null) or "client_trajectory"."status" = 'cancelled' or ("client_trajectory"."status" in ('completed', 'dropped_out') and "client_trajectory"."ended_on" is not null)),
	CONSTRAINT "client_trajectory_dropout_check" CHECK ("client_trajectory"."status" <> 'dropped_out' or "client_trajectory"."dropout_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "consultant_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"consultant_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"assigned_by" uuid,
	"reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"applied_on" date NOT NULL,
	"employer" text NOT NULL,
	"position" text NOT NULL,
	"method" text NOT NULL,
	"result" text DEFAULT 'waiting' NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_search_agreement" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"per_month" integer NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_search_agreement_check" CHECK ("job_search_agreement"."per_month" between 0 and 40)
);
--> statement-breakpoint
CREATE TABLE "participation_conversation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"consultant_id" uuid,
	"held_on" date NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"type" text NOT NULL,
	"target_group" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"duration_weeks" integer NOT NULL,
	"cost_cents" integer NOT NULL,
	"capacity" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_cost_check" CHECK ("trajectory"."cost_cents" >= 0),
	CONSTRAINT "trajectory_capacity_check" CHECK ("trajectory"."capacity" is null or "trajectory"."capacity" > 0),
	CONSTRAINT "trajectory_duration_check" CHECK ("trajectory"."duration_weeks" > 0)
);
--> statement-breakpoint
CREATE TABLE "work_wish" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"client_message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone,
	"proposal_reason" text,
	"proposed_category" text,
	"buddy_id" uuid,
	"buddy_decided_at" timestamp with time zone,
	"buddy_reason" text,
	"settled_by" uuid,
	"settled_at" timestamp with time zone,
	"settle_reason" text
);
--> statement-breakpoint
CREATE TABLE "assistant_answer" (
	"topic_slug" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"answer" text NOT NULL,
	"next_step_label" text DEFAULT '' NOT NULL,
	"next_step_href" text DEFAULT '' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "assistant_answer_status" DEFAULT 'draft' NOT NULL,
	"last_reviewed" date,
	"reviewed_by" uuid,
	"file_hash" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistant_answer_topic_slug_locale_pk" PRIMARY KEY("topic_slug","locale")
);
--> statement-breakpoint
CREATE TABLE "assistant_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"helpful" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"question" text NOT NULL,
	"conversation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "handoff_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid
);
--> statement-breakpoint
CREATE TABLE "assistant_phrasing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_slug" text NOT NULL,
	"locale" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistant_question_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locale" text NOT NULL,
	"question" text NOT NULL,
	"topic_slug" text,
	"nearest_topic" text,
	"confidence" real NOT NULL,
	"out_of_scope" boolean DEFAULT false NOT NULL,
	"channel" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistant_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"content_version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_salt" text NOT NULL,
	CONSTRAINT "assistant_state_single_row" CHECK ("assistant_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "assistant_topic" (
	"slug" text PRIMARY KEY NOT NULL,
	"group" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "location" ADD CONSTRAINT "location_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_subject_id_app_user_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_session_answer" ADD CONSTRAINT "info_session_answer_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_session_answer" ADD CONSTRAINT "info_session_answer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_session_completion" ADD CONSTRAINT "info_session_completion_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_session_completion" ADD CONSTRAINT "info_session_completion_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_decision" ADD CONSTRAINT "category_decision_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_decision" ADD CONSTRAINT "category_decision_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_decision" ADD CONSTRAINT "category_decision_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_decision" ADD CONSTRAINT "category_decision_result_id_diagnosis_result_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."diagnosis_result"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_result" ADD CONSTRAINT "diagnosis_result_response_id_questionnaire_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."questionnaire_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_result" ADD CONSTRAINT "diagnosis_result_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_slot_id_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_booked_by_app_user_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_series_id_slot_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."slot_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_parent_slot_id_slot_id_fk" FOREIGN KEY ("parent_slot_id") REFERENCES "public"."slot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_location_id_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_consultant_id_app_user_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot" ADD CONSTRAINT "slot_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot_series" ADD CONSTRAINT "slot_series_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot_series" ADD CONSTRAINT "slot_series_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_recipient_id_app_user_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_period" ADD CONSTRAINT "benefit_period_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_period" ADD CONSTRAINT "benefit_period_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_period" ADD CONSTRAINT "benefit_period_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_target" ADD CONSTRAINT "caseload_target_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_target" ADD CONSTRAINT "caseload_target_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_note" ADD CONSTRAINT "client_note_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_note" ADD CONSTRAINT "client_note_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_note" ADD CONSTRAINT "client_note_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_phase" ADD CONSTRAINT "client_phase_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_phase" ADD CONSTRAINT "client_phase_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_phase" ADD CONSTRAINT "client_phase_changed_by_app_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_trajectory" ADD CONSTRAINT "client_trajectory_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_trajectory" ADD CONSTRAINT "client_trajectory_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_trajectory" ADD CONSTRAINT "client_trajectory_trajectory_id_trajectory_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_trajectory" ADD CONSTRAINT "client_trajectory_assigned_by_app_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_trajectory" ADD CONSTRAINT "client_trajectory_outcome_by_app_user_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_consultant_id_app_user_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_assigned_by_app_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application" ADD CONSTRAINT "job_application_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application" ADD CONSTRAINT "job_application_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application" ADD CONSTRAINT "job_application_entered_by_app_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_search_agreement" ADD CONSTRAINT "job_search_agreement_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_search_agreement" ADD CONSTRAINT "job_search_agreement_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_search_agreement" ADD CONSTRAINT "job_search_agreement_set_by_app_user_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_conversation" ADD CONSTRAINT "participation_conversation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_conversation" ADD CONSTRAINT "participation_conversation_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_conversation" ADD CONSTRAINT "participation_conversation_consultant_id_app_user_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory" ADD CONSTRAINT "trajectory_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_wish" ADD CONSTRAINT "work_wish_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_wish" ADD CONSTRAINT "work_wish_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_wish" ADD CONSTRAINT "work_wish_proposed_by_app_user_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_wish" ADD CONSTRAINT "work_wish_buddy_id_app_user_id_fk" FOREIGN KEY ("buddy_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_wish" ADD CONSTRAINT "work_wish_settled_by_app_user_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_answer" ADD CONSTRAINT "assistant_answer_topic_slug_assistant_topic_slug_fk" FOREIGN KEY ("topic_slug") REFERENCES "public"."assistant_topic"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_answer" ADD CONSTRAINT "assistant_answer_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_answer" ADD CONSTRAINT "assistant_answer_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_feedback" ADD CONSTRAINT "assistant_feedback_question_id_assistant_question_log_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."assistant_question_log"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff" ADD CONSTRAINT "handoff_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff" ADD CONSTRAINT "handoff_client_id_app_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff" ADD CONSTRAINT "handoff_handled_by_app_user_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_phrasing" ADD CONSTRAINT "assistant_phrasing_topic_slug_locale_assistant_answer_topic_slug_locale_fk" FOREIGN KEY ("topic_slug","locale") REFERENCES "public"."assistant_answer"("topic_slug","locale") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "location_municipality_idx" ON "location" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "rate_limit_window_idx" ON "rate_limit" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_code_hash_idx" ON "recovery_code" USING btree ("user_id","code_hash");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_idx" ON "app_user" USING btree ("email");--> statement-breakpoint
CREATE INDEX "app_user_municipality_role_idx" ON "app_user" USING btree ("municipality_id","role");--> statement-breakpoint
CREATE INDEX "audit_event_subject_idx" ON "audit_event" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_municipality_idx" ON "audit_event" USING btree ("municipality_id","at");--> statement-breakpoint
CREATE INDEX "info_session_answer_municipality_idx" ON "info_session_answer" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "info_session_completion_user_version_idx" ON "info_session_completion" USING btree ("user_id","content_version");--> statement-breakpoint
CREATE INDEX "info_session_completion_municipality_idx" ON "info_session_completion" USING btree ("municipality_id","confirmed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "category_decision_client_sequence_idx" ON "category_decision" USING btree ("client_id","sequence");--> statement-breakpoint
CREATE INDEX "category_decision_municipality_idx" ON "category_decision" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnosis_result_response_idx" ON "diagnosis_result" USING btree ("response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_response_user_idx" ON "questionnaire_response" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "questionnaire_response_review_idx" ON "questionnaire_response" USING btree ("municipality_id","status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_ics_uid_idx" ON "booking" USING btree ("ics_uid");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_active_seat_idx" ON "booking" USING btree ("slot_id","user_id") WHERE "booking"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "booking_active_type_idx" ON "booking" USING btree ("user_id","type") WHERE "booking"."status" = 'active';--> statement-breakpoint
CREATE INDEX "booking_slot_status_idx" ON "booking" USING btree ("slot_id","status");--> statement-breakpoint
CREATE INDEX "booking_user_idx" ON "booking" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "booking_reminder_due_idx" ON "booking" USING btree ("reminder_due_at") WHERE "booking"."status" = 'active' and "booking"."reminder_due_at" is not null;--> statement-breakpoint
CREATE INDEX "slot_municipality_type_start_idx" ON "slot" USING btree ("municipality_id","type","starts_at");--> statement-breakpoint
CREATE INDEX "slot_parent_idx" ON "slot" USING btree ("parent_slot_id");--> statement-breakpoint
CREATE INDEX "slot_consultant_start_idx" ON "slot" USING btree ("consultant_id","starts_at");--> statement-breakpoint
CREATE INDEX "slot_series_municipality_idx" ON "slot_series" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox_message" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_municipality_created_idx" ON "outbox_message" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_period_open_idx" ON "benefit_period" USING btree ("client_id") WHERE "benefit_period"."outflow_on" is null;--> statement-breakpoint
CREATE INDEX "benefit_period_started_idx" ON "benefit_period" USING btree ("municipality_id","started_on");--> statement-breakpoint
CREATE INDEX "benefit_period_outflow_idx" ON "benefit_period" USING btree ("municipality_id","outflow_on","outflow_kind") WHERE "benefit_period"."outflow_on" is not null;--> statement-breakpoint
CREATE INDEX "benefit_period_client_idx" ON "benefit_period" USING btree ("client_id","started_on");--> statement-breakpoint
CREATE INDEX "client_note_client_idx" ON "client_note" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "client_phase_current_idx" ON "client_phase" USING btree ("client_id") WHERE "client_phase"."is_current";--> statement-breakpoint
CREATE INDEX "client_phase_client_idx" ON "client_phase" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "client_phase_municipality_current_idx" ON "client_phase" USING btree ("municipality_id","phase","route") WHERE "client_phase"."is_current";--> statement-breakpoint
CREATE INDEX "client_trajectory_client_idx" ON "client_trajectory" USING btree ("client_id","starts_on");--> statement-breakpoint
CREATE INDEX "client_trajectory_trajectory_idx" ON "client_trajectory" USING btree ("trajectory_id","status");--> statement-breakpoint
CREATE INDEX "client_trajectory_municipality_idx" ON "client_trajectory" USING btree ("municipality_id","trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "client_trajectory_ongoing_idx" ON "client_trajectory" USING btree ("client_id","trajectory_id") WHERE "client_trajectory"."status" = 'ongoing';--> statement-breakpoint
CREATE UNIQUE INDEX "consultant_assignment_current_idx" ON "consultant_assignment" USING btree ("client_id") WHERE "consultant_assignment"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "consultant_assignment_consultant_idx" ON "consultant_assignment" USING btree ("consultant_id") WHERE "consultant_assignment"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "consultant_assignment_client_idx" ON "consultant_assignment" USING btree ("client_id","started_at");--> statement-breakpoint
CREATE INDEX "job_application_client_idx" ON "job_application" USING btree ("client_id","applied_on");--> statement-breakpoint
CREATE INDEX "participation_conversation_client_idx" ON "participation_conversation" USING btree ("client_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_municipality_name_idx" ON "trajectory" USING btree ("municipality_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "work_wish_open_idx" ON "work_wish" USING btree ("client_id") WHERE "work_wish"."status" in ('requested', 'proposed', 'disputed');--> statement-breakpoint
CREATE INDEX "work_wish_municipality_idx" ON "work_wish" USING btree ("municipality_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "assistant_feedback_question_idx" ON "assistant_feedback" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "handoff_municipality_idx" ON "handoff" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "handoff_client_idx" ON "handoff" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "assistant_phrasing_topic_idx" ON "assistant_phrasing" USING btree ("topic_slug","locale","position");--> statement-breakpoint
CREATE INDEX "assistant_question_log_asked_idx" ON "assistant_question_log" USING btree ("asked_at");--> statement-breakpoint
CREATE INDEX "assistant_question_log_nearest_idx" ON "assistant_question_log" USING btree ("nearest_topic","locale");
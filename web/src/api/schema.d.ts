// Generated from the server's OpenAPI document by `npm run gen:client`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, the CSRF token and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "anonymous" | "admin" | "member";
                            /** @enum {string|null} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change" | null;
                            csrfToken: string | null;
                            demo: boolean;
                            account: {
                                id: number;
                                username: string;
                                displayName: string;
                                totpEnabled: boolean;
                            } | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                unionId: number;
                                unionName: string;
                            }[];
                            permissions: ("union.read" | "union.manage" | "account.read" | "account.manage" | "member.read" | "member.manage" | "member.reveal" | "audit.read" | "cockpit.read" | "case.handle" | "station.manage" | "content.edit")[];
                            member: {
                                memberId: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin sign-in with username and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second factor: authenticator code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start authenticator enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUri: string;
                            qrDataUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a first code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sms/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-in code by SMS */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            sent: true;
                            retryAfterSeconds: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/member/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Member sign-in with phone and SMS code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                createdAt: string;
                                lastSeenAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                current: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{sid}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End one of my other sessions, or all of them (sid = others) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sid: "others" | string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List unions: children of parentId, a name search, or the top of your view */
        get: {
            parameters: {
                query?: {
                    parentId?: number;
                    q?: string;
                    level?: "province" | "city" | "county" | "township" | "base";
                    includeInactive?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                parentId: number | null;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township" | "base";
                                /** @enum {string} */
                                formation: "single" | "joint" | "industry" | "area";
                                active: boolean;
                                hasChildren: boolean;
                                ancestors: {
                                    id: number;
                                    name: string;
                                }[];
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a union under a parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                        name: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county" | "township" | "base";
                        /** @enum {string} */
                        formation: "single" | "joint" | "industry" | "area";
                        address?: string | null;
                        lng?: number | null;
                        lat?: number | null;
                        serves?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One union with counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a union */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        serves?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                        autoApprove?: boolean;
                        /** @enum {string} */
                        formation?: "single" | "joint" | "industry" | "area";
                        address?: string | null;
                        lng?: number | null;
                        lat?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/unions/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a union and its subtree under a new parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newParentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a union without active children or members */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "base";
                            /** @enum {string} */
                            formation: "single" | "joint" | "industry" | "area";
                            active: boolean;
                            hasChildren: boolean;
                            ancestors: {
                                id: number;
                                name: string;
                            }[];
                            actions: string[];
                            serves: string[];
                            autoApprove: boolean;
                            address: string | null;
                            lng: number | null;
                            lat: number | null;
                            childCount: number;
                            memberCount: number;
                            employerCount: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search employers by name or credit code */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unionId?: number;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                creditCode: string;
                                name: string;
                                address: string | null;
                                union: {
                                    id: number;
                                    name: string;
                                    level: string;
                                };
                                covered: boolean;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an employer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode: string;
                        name: string;
                        address?: string | null;
                        unionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            creditCode: string;
                            name: string;
                            address: string | null;
                            union: {
                                id: number;
                                name: string;
                                level: string;
                            };
                            covered: boolean;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One employer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            creditCode: string;
                            name: string;
                            address: string | null;
                            union: {
                                id: number;
                                name: string;
                                level: string;
                            };
                            covered: boolean;
                            actions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an employer or change the union covering it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        address?: string | null;
                        unionId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            creditCode: string;
                            name: string;
                            address: string | null;
                            union: {
                                id: number;
                                name: string;
                                level: string;
                            };
                            covered: boolean;
                            actions: string[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin accounts in your subtree */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unionId?: number;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                username: string;
                                displayName: string;
                                disabled: boolean;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                grants: {
                                    id: number;
                                    /** @enum {string} */
                                    role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                    union: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an admin account with a first role; returns a one-time initial password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                        unionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: number;
                                username: string;
                                displayName: string;
                                disabled: boolean;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                grants: {
                                    id: number;
                                    /** @enum {string} */
                                    role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                    union: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                actions: string[];
                            };
                            initialPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One admin account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            disabled: boolean;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                union: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role on a union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                        unionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            disabled: boolean;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                union: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    grantId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            disabled: boolean;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                union: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account and end its sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            disabled: boolean;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                union: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            disabled: boolean;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            grants: {
                                id: number;
                                /** @enum {string} */
                                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                union: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new initial password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: number;
                                username: string;
                                displayName: string;
                                disabled: boolean;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                                lastLoginAt: string | null;
                                grants: {
                                    id: number;
                                    /** @enum {string} */
                                    role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor";
                                    union: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                actions: string[];
                            };
                            initialPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search members in your subtree (masked) */
        get: {
            parameters: {
                query?: {
                    unionId?: number;
                    employerId?: number;
                    q?: string;
                    status?: "active" | "left";
                    category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                /** @description Masked: 1101**********002X */
                                idNumber: string;
                                /** @description Masked: 138****5678 */
                                phone: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                birthDate: string;
                                /** @enum {string} */
                                category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                                /** @enum {string} */
                                status: "active" | "left";
                                cardNo: string | null;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                employer: {
                                    id: number;
                                    name: string;
                                } | null;
                                address: string | null;
                                joinedAt: string;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search members, also by whole phone or ID number (masked results) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        q?: string;
                        phone?: string;
                        idNumber?: string;
                        unionId?: number;
                        employerId?: number;
                        /** @enum {string} */
                        status?: "active" | "left";
                        /** @enum {string} */
                        category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                        /** @default 1 */
                        page?: number;
                        /** @default 20 */
                        pageSize?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                /** @description Masked: 1101**********002X */
                                idNumber: string;
                                /** @description Masked: 138****5678 */
                                phone: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                birthDate: string;
                                /** @enum {string} */
                                category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                                /** @enum {string} */
                                status: "active" | "left";
                                cardNo: string | null;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                employer: {
                                    id: number;
                                    name: string;
                                } | null;
                                address: string | null;
                                joinedAt: string;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export matching members to .xlsx (personal data masked; audited) */
        get: {
            parameters: {
                query?: {
                    unionId?: number;
                    employerId?: number;
                    q?: string;
                    status?: "active" | "left";
                    category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member (masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description Masked: 1101**********002X */
                            idNumber: string;
                            /** @description Masked: 138****5678 */
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            /** @enum {string} */
                            status: "active" | "left";
                            cardNo: string | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            address: string | null;
                            joinedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal one personal field in full (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "idNumber" | "phone";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            field: "idNumber" | "phone";
                            value: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member record’s history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                /** @enum {string} */
                                kind: "joined" | "left" | "reinstated" | "transferred" | "corrected";
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership (leave) with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description Masked: 1101**********002X */
                            idNumber: string;
                            /** @description Masked: 138****5678 */
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            /** @enum {string} */
                            status: "active" | "left";
                            cardNo: string | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            address: string | null;
                            joinedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a member who left */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description Masked: 1101**********002X */
                            idNumber: string;
                            /** @description Masked: 138****5678 */
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            /** @enum {string} */
                            status: "active" | "left";
                            cardNo: string | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            address: string | null;
                            joinedAt: string;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string;
                            member: {
                                id: number;
                                name: string;
                                /** @description Masked: 1101**********002X */
                                idNumber: string;
                                /** @description Masked: 138****5678 */
                                phone: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                birthDate: string;
                                /** @enum {string} */
                                category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                                /** @enum {string} */
                                status: "active" | "left";
                                cardNo: string | null;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                employer: {
                                    id: number;
                                    name: string;
                                } | null;
                                address: string | null;
                                joinedAt: string;
                                actions: string[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: unions a worker can pick when joining */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    areaUnionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                level: string;
                                formation: string;
                                serves: string[];
                                parentName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/unions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the union a join QR code opens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            level: string;
                            formation: string;
                            serves: string[];
                            parentName: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: find an employer by name or credit code */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                creditCode: string;
                                unionName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications with their progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                idNumber: string;
                                phone: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                birthDate: string;
                                /** @enum {string} */
                                category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                                job: string | null;
                                politicalStatus: string | null;
                                education: string | null;
                                employer: {
                                    id: number;
                                    name: string;
                                } | null;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                channel: "online" | "qr";
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                reason: string | null;
                                memberId: number | null;
                                createdAt: string;
                                decidedAt: string | null;
                                events: {
                                    id: number;
                                    at: string;
                                    kind: string;
                                    /** @enum {string} */
                                    actor: "member" | "admin" | "system";
                                    reason: string | null;
                                    unionName: string | null;
                                }[];
                                actions: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply to join (signed-in phone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        idNumber: string;
                        employerId?: number | null;
                        /** @enum {string} */
                        category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                        job?: string | null;
                        /** @enum {string|null} */
                        politicalStatus?: "party_member" | "probationary" | "league_member" | "masses" | "other" | null;
                        /** @enum {string|null} */
                        education?: "primary" | "junior" | "senior" | "vocational" | "college" | "bachelor" | "master" | "doctor" | null;
                        areaUnionId?: number | null;
                        chosenUnionId?: number | null;
                        viaUnionId?: number | null;
                        lng?: number | null;
                        lat?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit my pending application */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        idNumber: string;
                        employerId?: number | null;
                        /** @enum {string} */
                        category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                        job?: string | null;
                        /** @enum {string|null} */
                        politicalStatus?: "party_member" | "probationary" | "league_member" | "masses" | "other" | null;
                        /** @enum {string|null} */
                        education?: "primary" | "junior" | "senior" | "vocational" | "college" | "bachelor" | "master" | "doctor" | null;
                        areaUnionId?: number | null;
                        chosenUnionId?: number | null;
                        viaUnionId?: number | null;
                        lng?: number | null;
                        lat?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my pending application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app messages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                title: string;
                                body: string;
                                at: string;
                                read: boolean;
                            }[];
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my messages read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in your subtree */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected" | "withdrawn";
                    unionId?: number;
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                idNumber: string;
                                phone: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                birthDate: string;
                                /** @enum {string} */
                                category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                                job: string | null;
                                politicalStatus: string | null;
                                education: string | null;
                                employer: {
                                    id: number;
                                    name: string;
                                } | null;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                channel: "online" | "qr";
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                reason: string | null;
                                memberId: number | null;
                                createdAt: string;
                                decidedAt: string | null;
                                events: {
                                    id: number;
                                    at: string;
                                    kind: string;
                                    /** @enum {string} */
                                    actor: "member" | "admin" | "system";
                                    reason: string | null;
                                    unionName: string | null;
                                }[];
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the applicant becomes a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason shown to the applicant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reroute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the application to another union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unionId: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            idNumber: string;
                            phone: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            birthDate: string;
                            /** @enum {string} */
                            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                            job: string | null;
                            politicalStatus: string | null;
                            education: string | null;
                            employer: {
                                id: number;
                                name: string;
                            } | null;
                            union: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            channel: "online" | "qr";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string | null;
                            memberId: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            events: {
                                id: number;
                                at: string;
                                kind: string;
                                /** @enum {string} */
                                actor: "member" | "admin" | "system";
                                reason: string | null;
                                unionName: string | null;
                            }[];
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject many applications */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                        /** @enum {string} */
                        decision: "approve" | "reject";
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: number;
                                ok: boolean;
                                code: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My e-card with a fresh signed QR token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cardNo: string;
                            name: string;
                            unionName: string;
                            joinedAt: string;
                            token: string;
                            expiresAt: string;
                            refreshSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the key stations use to verify e-cards offline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            keyId: string;
                            publicKey: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public: verify an e-card token online (also catches ended memberships) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            valid: boolean;
                            /** @enum {string|null} */
                            reason: "format" | "signature" | "expired" | "revoked" | null;
                            cardNo: string | null;
                            name: string | null;
                            unionName: string | null;
                            expiresAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template as an Excel workbook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports in your subtree */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                union: {
                                    id: number;
                                    name: string;
                                };
                                fileName: string;
                                /** @enum {string} */
                                status: "validated" | "committing" | "committed";
                                totalRows: number;
                                validRows: number;
                                errorRows: number;
                                existingRows: number;
                                inserted: number;
                                duplicateOf: number | null;
                                createdAt: string;
                                committedAt: string | null;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a roster (.xlsx or .csv, body = file bytes, ≤ 20 MB) and validate every row */
        post: {
            parameters: {
                query: {
                    unionId: number;
                    fileName: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            union: {
                                id: number;
                                name: string;
                            };
                            fileName: string;
                            /** @enum {string} */
                            status: "validated" | "committing" | "committed";
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            existingRows: number;
                            inserted: number;
                            duplicateOf: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with its counts and commit progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            union: {
                                id: number;
                                name: string;
                            };
                            fileName: string;
                            /** @enum {string} */
                            status: "validated" | "committing" | "committed";
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            existingRows: number;
                            inserted: number;
                            duplicateOf: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rows of an import with their outcome and errors */
        get: {
            parameters: {
                query?: {
                    outcome?: "valid" | "exists" | "error" | "inserted";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                rowNo: number;
                                /** @enum {string} */
                                outcome: "valid" | "exists" | "error" | "inserted";
                                name: string | null;
                                idNumber: string | null;
                                errors: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit the valid rows (runs in the background; poll the import) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            union: {
                                id: number;
                                name: string;
                            };
                            fileName: string;
                            /** @enum {string} */
                            status: "validated" | "committing" | "committed";
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            existingRows: number;
                            inserted: number;
                            duplicateOf: number | null;
                            createdAt: string;
                            committedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result of every row as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My transfers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                member: {
                                    id: number;
                                    name: string;
                                };
                                from: {
                                    id: number;
                                    name: string;
                                };
                                to: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                                reason: string | null;
                                decisionReason: string | null;
                                /** @enum {string} */
                                requestedBy: "member" | "admin";
                                createdAt: string;
                                decidedAt: string | null;
                                actions: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask to move my membership to another base union */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toUnionId: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            from: {
                                id: number;
                                name: string;
                            };
                            to: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                            reason: string | null;
                            decisionReason: string | null;
                            /** @enum {string} */
                            requestedBy: "member" | "admin";
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my open transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            from: {
                                id: number;
                                name: string;
                            };
                            to: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                            reason: string | null;
                            decisionReason: string | null;
                            /** @enum {string} */
                            requestedBy: "member" | "admin";
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member (done at once when you administer both unions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toUnionId: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            from: {
                                id: number;
                                name: string;
                            };
                            to: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                            reason: string | null;
                            decisionReason: string | null;
                            /** @enum {string} */
                            requestedBy: "member" | "admin";
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers out of or into your subtree */
        get: {
            parameters: {
                query?: {
                    status?: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                member: {
                                    id: number;
                                    name: string;
                                };
                                from: {
                                    id: number;
                                    name: string;
                                };
                                to: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                                reason: string | null;
                                decisionReason: string | null;
                                /** @enum {string} */
                                requestedBy: "member" | "admin";
                                createdAt: string;
                                decidedAt: string | null;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve your side of a transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            from: {
                                id: number;
                                name: string;
                            };
                            to: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                            reason: string | null;
                            decisionReason: string | null;
                            /** @enum {string} */
                            requestedBy: "member" | "admin";
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a transfer with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            from: {
                                id: number;
                                name: string;
                            };
                            to: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                            reason: string | null;
                            decisionReason: string | null;
                            /** @enum {string} */
                            requestedBy: "member" | "admin";
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/phone-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code to a new phone number before asking to change to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            sent: true;
                            retryAfterSeconds: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My correction requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                member: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                field: "phone" | "employer" | "address";
                                newValue: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                decisionReason: string | null;
                                createdAt: string;
                                decidedAt: string | null;
                                actions: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask to correct my phone, employer or address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "phone";
                        phone: string;
                        code: string;
                    } | {
                        /** @enum {string} */
                        field: "employer";
                        employerId: number;
                    } | {
                        /** @enum {string} */
                        field: "address";
                        address: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            field: "phone" | "employer" | "address";
                            newValue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            decisionReason: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/corrections/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my pending correction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            field: "phone" | "employer" | "address";
                            newValue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            decisionReason: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Correction requests in your subtree */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected" | "cancelled";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                member: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                field: "phone" | "employer" | "address";
                                newValue: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                decisionReason: string | null;
                                createdAt: string;
                                decidedAt: string | null;
                                actions: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a correction to the member record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            field: "phone" | "employer" | "address";
                            newValue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            decisionReason: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a correction with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            field: "phone" | "employer" | "address";
                            newValue: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            decisionReason: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            actions: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit trail */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    outcome?: "success" | "failure";
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actorKind: string;
                                actorId: number | null;
                                actorName: string | null;
                                actorRoles: string | null;
                                action: string;
                                outcome: string;
                                targetType: string | null;
                                targetId: string | null;
                                unionId: number | null;
                                before: unknown;
                                after: unknown;
                                detail: unknown;
                                ip: string | null;
                                requestId: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export matching audit events as CSV (audited) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    outcome?: "success" | "failure";
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cockpit/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Union and member figures for a union subtree, with its children for drill-down */
        get: {
            parameters: {
                query?: {
                    unionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            union: {
                                id: number;
                                name: string;
                                level: string;
                            };
                            trail: {
                                id: number;
                                name: string;
                            }[];
                            totals: {
                                unions: number;
                                baseUnions: number;
                                employers: number;
                                members: number;
                                gigMembers: number;
                            };
                            unionsByLevel: {
                                level: string;
                                count: number;
                            }[];
                            unionsByFormation: {
                                formation: string;
                                count: number;
                            }[];
                            membersByCategory: {
                                category: string;
                                count: number;
                            }[];
                            children: {
                                id: number;
                                name: string;
                                level: string;
                                members: number;
                                unions: number;
                                hasChildren: boolean;
                            }[];
                            applications: {
                                total: number;
                                pending: number;
                                approved: number;
                                rejected: number;
                                approvalRate: number | null;
                                medianHoursToApproval: number | null;
                            };
                            generatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

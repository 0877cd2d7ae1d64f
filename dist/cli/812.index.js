export const id = 812;
export const ids = [812];
export const modules = {

/***/ 8812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OwnershipCertificates: () => (/* binding */ OwnershipCertificates),
/* harmony export */   createAcmClient: () => (/* binding */ createAcmClient),
/* harmony export */   regionOfArn: () => (/* binding */ regionOfArn)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_acm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3490);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);
/**
 * The ACM certificate that proves a domain's ownership when its regional certificate is imported
 * or from a private CA. API Gateway needs it valid to update the domain; nothing warns before it
 * expires. Loaded only by the audit, and only when a domain has one: plan and deploy never pull in
 * the ACM client. https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */


/** Built with the region only, so AWS_ENDPOINT_URL_ACM and the default credential chain apply. */
const createAcmClient = (region) => new _aws_sdk_client_acm__WEBPACK_IMPORTED_MODULE_1__/* .ACMClient */ .Bdm({ region });
/** The ACM region is the one in the ARN (arn:aws:acm:<region>:<account>:certificate/<id>). */
function regionOfArn(arn, fallback) {
    return /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1] ?? fallback;
}
class OwnershipCertificates {
    factory;
    region;
    clients = new Map();
    constructor(factory, region) {
        this.factory = factory;
        this.region = region;
    }
    client(arn) {
        const region = regionOfArn(arn, this.region);
        let client = this.clients.get(region);
        if (!client) {
            client = this.factory(region);
            this.clients.set(region, client);
        }
        return client;
    }
    /** What ACM says; a denial or a missing certificate is reported in the result, not thrown. */
    async describe(arn) {
        try {
            // https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
            const out = await this.client(arn).send(new _aws_sdk_client_acm__WEBPACK_IMPORTED_MODULE_1__/* .DescribeCertificateCommand */ .iIX({ CertificateArn: arn }));
            const c = out.Certificate ?? {};
            return {
                arn,
                ...(c.NotAfter ? { notAfter: new Date(c.NotAfter).toISOString() } : {}),
                ...(c.Status ? { status: c.Status } : {}),
                ...(c.RenewalEligibility ? { renewalEligibility: c.RenewalEligibility } : {}),
            };
        }
        catch (error) {
            const creds = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsProblem */ .sL)(error);
            if (creds)
                throw creds;
            const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
            if (code === 'ResourceNotFoundException')
                return { arn, missing: true };
            const said = error.message;
            const denied = code === 'AccessDeniedException' || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403;
            return {
                arn,
                unreadable: denied
                    ? `access denied: acm:DescribeCertificate on ${arn} is needed to check when the ownership verification certificate expires: allow it in the policy of the role this job assumes (${said})`
                    : `ACM could not describe the ownership verification certificate ${arn} (${code}): ${said}; re-run the audit`,
            };
        }
    }
}
//# sourceMappingURL=ownership-certificates.js.map

/***/ })

};
